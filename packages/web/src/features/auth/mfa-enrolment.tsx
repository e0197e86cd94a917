import { endpoints } from '@careloop/core';
import { Alert, Anchor, Button, Code, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';

/**
 * Set up TOTP: a new key (as an otpauth link and typed), a first code to confirm it, then the
 * recovery codes, shown this once. `onDone` runs after the user has seen them.
 */
export function MfaEnrolment({ onDone }: { onDone: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const setup = useMutation({
    mutationFn: () => call(endpoints.auth.setupTotp),
  });
  const enable = useMutation({
    mutationFn: () => call(endpoints.auth.enableTotp, { body: { code } }),
  });
  const confirm = (e: FormEvent) => {
    e.preventDefault();
    enable.mutate();
  };

  if (enable.data) {
    return (
      <Stack>
        <Alert color="green" title={t('account.recoveryTitle')}>
          {t('account.recoveryBody')}
        </Alert>
        <List aria-label={t('account.recoveryTitle')} spacing={4} listStyleType="none">
          {enable.data.recoveryCodes.map((c) => (
            <List.Item key={c}>
              <Code fz="md">{c}</Code>
            </List.Item>
          ))}
        </List>
        <Group>
          <Button onClick={() => void onDone()}>{t('account.recoveryDone')}</Button>
        </Group>
      </Stack>
    );
  }

  if (!setup.data) {
    return (
      <Stack align="flex-start">
        <ApiErrorAlert error={setup.error} />
        <Button onClick={() => setup.mutate()} loading={setup.isPending}>
          {t('account.mfaStart')}
        </Button>
      </Stack>
    );
  }

  const fields = fieldsOf(enable.error);
  const wrongCode = enable.error instanceof ApiError && enable.error.code === 'mfa_code_invalid';
  return (
    <form onSubmit={confirm} noValidate>
      <Stack maw={520}>
        <Text size="sm">{t('account.mfaStep1')}</Text>
        <Anchor href={setup.data.otpauthUrl}>{t('account.mfaLink')}</Anchor>
        <div>
          <Text size="sm" fw={500} id="mfa-key-label">
            {t('account.mfaKey')}
          </Text>
          <Code fz="md" aria-labelledby="mfa-key-label" data-testid="mfa-secret" style={{ wordBreak: 'break-all' }}>
            {setup.data.secret}
          </Code>
        </div>
        <Text size="sm">{t('account.mfaStep2')}</Text>
        {enable.error && !wrongCode && Object.keys(fields).length === 0 && <ApiErrorAlert error={enable.error} />}
        <TextInput
          label={t('mfa.code')}
          autoComplete="one-time-code"
          inputMode="numeric"
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={wrongCode ? enable.error?.message : fields.code}
          required
        />
        <Group>
          <Button type="submit" loading={enable.isPending}>
            {t('account.mfaConfirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
