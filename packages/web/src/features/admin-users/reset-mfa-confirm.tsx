import { endpoints, type UserView } from '@careloop/core';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';

/** For a staff member who lost both their authenticator and their recovery codes. */
export function ResetMfaConfirm({ user, onDone }: { user: UserView; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useMutation({
    mutationFn: () => call(endpoints.auth.resetMfa, { params: { id: user.id } }),
    onSuccess: (res) => {
      notify(t(res.hadMfa ? 'users.resetMfaDone' : 'users.resetMfaNone'));
      onDone();
    },
  });
  return (
    <Stack>
      <ApiErrorAlert error={mutation.error} />
      <Text>{t('users.resetMfaExplain', { name: user.name })}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('app.cancel')}
        </Button>
        <Button color="red" loading={mutation.isPending} onClick={() => mutation.mutate()}>
          {t('users.resetMfa')}
        </Button>
      </Group>
    </Stack>
  );
}
