import { Alert, Button, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api.js';
import { useSession } from '../lib/session.js';
import { MfaCodeForm } from './mfa-code-form.js';

/** Shown over the current page when the session has ended, so nothing typed on the page is lost. */
export function ReauthModal() {
  const { t } = useTranslation();
  const { me, reauthRequired, reauthenticate, reauthenticateMfa, signOut } = useSession();
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [email, setEmail] = useState(me?.email ?? '');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await reauthenticate(email, password);
      setPassword('');
      if (next === 'mfa_required') setStep('code');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('app.genericError'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={reauthRequired}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title={t('session.expiredTitle')}
      centered
      zIndex={1000} // above any dialog the user was working in
    >
      {step === 'code' ? (
        <MfaCodeForm
          onVerify={async (code) => {
            await reauthenticateMfa(code);
            setStep('password');
          }}
          onCancel={() => setStep('password')}
        />
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <Text size="sm">{t('session.expiredBody')}</Text>
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput
              label={t('login.email')}
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              required
              autoComplete="username"
            />
            <PasswordInput
              label={t('login.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              required
              autoComplete="current-password"
              data-autofocus
            />
            <Button type="submit" loading={busy}>
              {t('session.reauthSubmit')}
            </Button>
            <Button variant="subtle" onClick={() => void signOut()}>
              {t('user.signOut')}
            </Button>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
