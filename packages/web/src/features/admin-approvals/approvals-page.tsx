import { endpoints, type AdminChangeView } from '@careloop/core';
import { Badge, Button, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';

const STATUS_COLOR: Record<AdminChangeView['status'], string> = {
  pending: 'orange.5',
  approved: 'teal.9',
  rejected: 'gray.8',
  applied_alerted: 'red.9',
};

/**
 * Admins' changes to their own access. Another admin approves or rejects a pending one (the
 * requester cannot: the server refuses it, so the page does not offer it); the privacy officer
 * reads them, including those applied at once in a one-admin organisation.
 */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [all, setAll] = useState(false);
  const tz = me?.organization.timeZone ?? 'UTC';
  const canDecide = me?.roles.includes('admin') ?? false;
  const list = useQuery({
    queryKey: ['admin-approvals', all],
    queryFn: () => call(endpoints.adminApprovals.list, { query: { status: all ? 'all' : 'pending' } }),
  });
  const decide = useMutation({
    mutationFn: ({ change, verb }: { change: AdminChangeView; verb: 'approve' | 'reject' }) =>
      call(endpoints.adminApprovals[verb], {
        params: { id: change.id },
        body: { version: change.version },
      }),
    onSuccess: async (_, { verb }) => {
      notify(verb === 'approve' ? t('approvals.approved') : t('approvals.rejected'));
      await queryClient.invalidateQueries({ queryKey: ['admin-approvals'] });
      await queryClient.invalidateQueries({ queryKey: ['admin-users'] });
    },
  });
  const what = (c: AdminChangeView) =>
    c.kind === 'role_raise'
      ? t('approvals.roleRaise', { roles: (c.roles ?? []).map((r) => t(`roles.${r}`)).join(', ') })
      : t('approvals.programStaffing', {
          role: c.staffRole ? t(`programsAdmin.staffRoles.${c.staffRole}`) : '',
          program: c.programName ?? '',
        });
  const items = list.data?.items ?? [];

  return (
    <Stack>
      <Title order={1}>{t('approvals.title')}</Title>
      <Text size="sm">{t('approvals.intro')}</Text>
      <Switch label={t('approvals.showAll')} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} />
      <ApiErrorAlert error={list.error ?? decide.error} />
      {list.isSuccess && items.length === 0 ? (
        <Text>{t('approvals.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label={t('approvals.tableLabel')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('approvals.requestedBy')}</Table.Th>
                <Table.Th>{t('approvals.change')}</Table.Th>
                <Table.Th>{t('approvals.requestedAt')}</Table.Th>
                <Table.Th>{t('approvals.status')}</Table.Th>
                <Table.Th>{t('approvals.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.requestedByName}</Table.Td>
                  <Table.Td>{what(c)}</Table.Td>
                  <Table.Td>{formatDateTime(c.createdAt, tz)}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[c.status]} autoContrast tt="none">
                      {t(`approvals.statuses.${c.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {c.status !== 'pending' ? (
                      c.decidedByName && c.decidedAt ? (
                        t('approvals.decidedBy', { name: c.decidedByName, at: formatDateTime(c.decidedAt, tz) })
                      ) : (
                        t('app.none')
                      )
                    ) : !canDecide ? (
                      t('app.none')
                    ) : c.requestedById === me?.id ? (
                      <Text size="sm" c="gray.7">
                        {t('approvals.ownRequest')}
                      </Text>
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          aria-label={t('approvals.approveLabel', { name: c.requestedByName })}
                          loading={decide.isPending && decide.variables.change.id === c.id}
                          onClick={() => decide.mutate({ change: c, verb: 'approve' })}
                        >
                          {t('approvals.approve')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('approvals.rejectLabel', { name: c.requestedByName })}
                          onClick={() => decide.mutate({ change: c, verb: 'reject' })}
                        >
                          {t('approvals.reject')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
