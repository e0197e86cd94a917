import { endpoints, type UserView } from '@careloop/core';
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notify } from '../../components/notify.js';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';

export function ResetPasswordForm({ user, onDone }: { user: UserView; onDone: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const mutation = useMutation({
    mutationFn: () => call(endpoints.users.resetPassword, { params: { id: user.id }, body: { password } }),
    onSuccess: () => {
      notify(t('users.resetDone'));
      onDone();
    },
  });
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        mutation.mutate();
      }}
      noValidate
    >
      <Stack>
        {error && !error.fields.password && (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        )}
        <PasswordInput
          label={t('users.newPassword')}
          description={t('users.passwordHint')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="new-password"
          required
          error={error?.fields.password}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('users.resetPassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
