import { Alert, Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { ApiError } from '../../lib/api.js';
import { homePath } from '../../lib/home-path.js';
import { useSession } from '../../lib/session.js';
import { MfaCodeForm } from '../../components/mfa-code-form.js';

function safeNext(next: string | null): string | null {
  // Only same-app paths: never redirect to another site after sign-in.
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { me, signIn, verifyMfa } = useSession();
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Signed in (already, or by the form below): back to the deep link, else to the role's own page.
  if (me) return <Navigate to={safeNext(params.get('next')) ?? homePath(me.roles)} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors = {
      ...(email.trim() ? {} : { email: t('login.emailRequired') }),
      ...(password ? {} : { password: t('login.passwordRequired') }),
    };
    setFieldErrors(errors);
    if (Object.keys(errors).length) return;
    setBusy(true);
    setError(null);
    try {
      // Signed in, the session update re-renders into the redirect above; with MFA on, the code step.
      if ((await signIn(email, password)) === 'mfa_required') {
        setPassword('');
        setStep('code');
      }
    } catch (err) {
      // 401 (wrong credentials) and 429 (too many failures: wait, with the time) carry a
      // message written for the user; a 400 names the fields at fault.
      if (err instanceof ApiError && err.code === 'validation_failed' && Object.keys(err.fields).length > 0) {
        setFieldErrors({ email: err.fields.email, password: err.fields.password });
      } else {
        setError(err instanceof ApiError ? err.message : t('app.genericError'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
        {step === 'code' ? (
          <Stack>
            <Title order={1} size="h2">
              {t('mfa.title')}
            </Title>
            <MfaCodeForm onVerify={verifyMfa} onCancel={() => setStep('password')} />
          </Stack>
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack>
              <Title order={1} size="h2">
                {t('login.title')}
              </Title>
              {error && (
                <Alert color="red" role="alert">
                  {error}
                </Alert>
              )}
              <TextInput
                label={t('login.email')}
                type="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={fieldErrors.email}
                required
                autoFocus
              />
              <PasswordInput
                label={t('login.password')}
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={fieldErrors.password}
                required
              />
              <Button type="submit" loading={busy} fullWidth>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}
