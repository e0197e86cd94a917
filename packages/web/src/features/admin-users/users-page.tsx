import { endpoints, type UserView } from '@careloop/core';
import { Button, Group, Modal, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { ResetMfaConfirm } from './reset-mfa-confirm.js';
import { ResetPasswordForm } from './reset-password-form.js';
import { UserForm } from './user-form.js';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: UserView }
  | { kind: 'reset'; user: UserView }
  | { kind: 'mfa'; user: UserView }
  | null;

export function UsersPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const users = useQuery({ queryKey: ['admin-users'], queryFn: () => call(endpoints.users.list) });
  const tz = me?.organization.timeZone ?? 'UTC';

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={1}>{t('users.title')}</Title>
        <Button onClick={() => setDialog({ kind: 'create' })}>{t('users.new')}</Button>
      </Group>
      <ApiErrorAlert error={users.error} />
      <Table.ScrollContainer minWidth={700}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.name')}</Table.Th>
              <Table.Th>{t('users.email')}</Table.Th>
              <Table.Th>{t('users.roles')}</Table.Th>
              <Table.Th>{t('users.discipline')}</Table.Th>
              <Table.Th>{t('users.status')}</Table.Th>
              <Table.Th>{t('users.lastLogin')}</Table.Th>
              <Table.Th>{t('users.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data?.items.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.name}</Table.Td>
                <Table.Td>{u.email}</Table.Td>
                <Table.Td>{u.roles.map((r) => t(`roles.${r}`)).join(', ')}</Table.Td>
                <Table.Td>{u.discipline ? t(`disciplines.${u.discipline}`) : t('app.none')}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600} c={u.active ? 'teal.9' : 'gray.7'}>
                    {u.active ? t('users.active') : t('users.inactive')}
                  </Text>
                </Table.Td>
                <Table.Td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt, tz) : t('users.neverSignedIn')}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setDialog({ kind: 'edit', user: u })}
                      aria-label={`${t('app.edit')} ${u.name}`}
                    >
                      {t('app.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setDialog({ kind: 'reset', user: u })}
                      aria-label={`${t('users.resetPassword')}: ${u.name}`}
                    >
                      {t('users.resetPassword')}
                    </Button>
                    {u.id !== me?.id && (
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => setDialog({ kind: 'mfa', user: u })}
                        aria-label={`${t('users.resetMfa')}: ${u.name}`}
                      >
                        {t('users.resetMfa')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {users.data?.items.length === 0 && <Text>{t('app.none')}</Text>}
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        closeButtonProps={{ 'aria-label': t('app.close') }}
        title={
          dialog?.kind === 'create'
            ? t('users.new')
            : dialog?.kind === 'edit'
              ? t('users.editTitle', { name: dialog.user.name })
              : dialog?.kind === 'reset'
                ? t('users.resetTitle', { name: dialog.user.name })
                : dialog?.kind === 'mfa'
                  ? t('users.resetMfaTitle', { name: dialog.user.name })
                  : ''
        }
        size="lg"
      >
        {dialog?.kind === 'create' && <UserForm onDone={() => setDialog(null)} />}
        {dialog?.kind === 'edit' && <UserForm user={dialog.user} onDone={() => setDialog(null)} />}
        {dialog?.kind === 'reset' && <ResetPasswordForm user={dialog.user} onDone={() => setDialog(null)} />}
        {dialog?.kind === 'mfa' && <ResetMfaConfirm user={dialog.user} onDone={() => setDialog(null)} />}
      </Modal>
    </>
  );
}
