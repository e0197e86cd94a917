import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '@careloop/core';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';

/** Your own password change; the server ends your other sessions. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: () => call(endpoints.auth.changePassword, { body: { currentPassword, newPassword } }),
    onSuccess: async () => {
      setCurrent('');
      setNew('');
      setConfirm('');
      await onChanged();
    },
  });
  const fields = fieldsOf(change.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(newPassword !== confirm);
    if (newPassword !== confirm) return;
    change.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={420}>
        {change.error && Object.keys(fields).length === 0 && <ApiErrorAlert error={change.error} />}
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={fields.currentPassword}
          required
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.newPasswordHint')}
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNew(e.currentTarget.value)}
          error={fields.newPassword}
          required
        />
        <PasswordInput
          label={t('account.confirmPassword')}
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={mismatch ? t('account.passwordMismatch') : undefined}
          required
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('account.savePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
