import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api.js';

/**
 * The second step of sign-in: a code from the authenticator app, or (switched to) a recovery code.
 * `onVerify` throws an ApiError on a wrong code; its message is shown.
 */
export function MfaCodeForm({
  onVerify,
  onCancel,
}: {
  onVerify: (code: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) {
      setFieldError(t('mfa.codeRequired'));
      return;
    }
    setFieldError(null);
    setBusy(true);
    setError(null);
    try {
      await onVerify(code.trim());
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('app.genericError'));
      if (err instanceof ApiError && err.status === 401) onCancel();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">{recovery ? t('mfa.recoveryHelp') : t('mfa.codeHelp')}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <TextInput
          key={recovery ? 'recovery' : 'totp'}
          label={recovery ? t('mfa.recoveryCode') : t('mfa.code')}
          autoComplete="one-time-code"
          inputMode={recovery ? 'text' : 'numeric'}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldError}
          required
          data-autofocus
          autoFocus
        />
        <Button type="submit" loading={busy} fullWidth>
          {t('mfa.verify')}
        </Button>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            setRecovery((r) => !r);
            setCode('');
          }}
        >
          {recovery ? t('mfa.useApp') : t('mfa.useRecovery')}
        </Anchor>
        <Anchor component="button" type="button" size="sm" onClick={onCancel}>
          {t('mfa.startOver')}
        </Anchor>
      </Stack>
    </form>
  );
}
