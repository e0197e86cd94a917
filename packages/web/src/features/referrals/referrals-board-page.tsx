import { ReferralStatuses, type EndpointOutput, type endpoints, type ReferralStatus } from '@careloop/core';
import { Anchor, Center, Group, Loader, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { boardGroups, type BoardGroup } from './referral-model.js';
import { useReferralBoard } from './referral-queries.js';
import { ReferralStatusBadge } from './referral-status-badge.js';

type Item = EndpointOutput<typeof endpoints.referrals.board>['items'][number];
type Scope = 'mine' | 'team';

/** The case manager's and the supervisor's referrals, overdue first, then by status. */
export function ReferralsBoardPage() {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  const supervisor = hasRole('supervisor');
  const [scope, setScope] = useState<Scope>(supervisor ? 'team' : 'mine');
  const [status, setStatus] = useState<ReferralStatus | null>(null);
  const board = useReferralBoard(scope, status);
  const groups = boardGroups(board.data?.items ?? []);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('referrals.board.title')}</Title>
        {hasRole('admin', 'supervisor') && (
          <Anchor component={Link} to="/admin/referral-settings">
            {t('referrals.board.settings')}
          </Anchor>
        )}
      </Group>
      <Group align="flex-end">
        {supervisor && (
          <SegmentedControl
            aria-label={t('referrals.board.scope')}
            value={scope}
            onChange={(v) => setScope(v === 'team' ? 'team' : 'mine')}
            data={(['mine', 'team'] as const).map((s) => ({ value: s, label: t(`referrals.board.scopes.${s}`) }))}
          />
        )}
        <Select
          label={t('referrals.board.status')}
          data={[
            { value: 'open', label: t('referrals.board.openOnly') },
            ...ReferralStatuses.map((s) => ({ value: s, label: t(`referrals.statuses.${s}`) })),
          ]}
          value={status ?? 'open'}
          onChange={(v) => setStatus(ReferralStatuses.find((s) => s === v) ?? null)}
          allowDeselect={false}
          w={220}
        />
      </Group>
      <ApiErrorAlert error={board.error} />
      {board.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {board.data && groups.length === 0 && <Text>{t('referrals.board.empty')}</Text>}
      {groups.map((g) => (
        <BoardSection key={g.key} group={g} />
      ))}
    </Stack>
  );
}

function BoardSection({ group }: { group: BoardGroup<Item> }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const title = group.key === 'overdue' ? t('referrals.board.overdueGroup') : t(`referrals.statuses.${group.key}`);
  const id = `board-${group.key}`;
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id} c={group.key === 'overdue' ? 'red.9' : undefined} mb="xs">
        {title} ({group.items.length})
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table aria-labelledby={id} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('referrals.board.client')}</Table.Th>
              <Table.Th>{t('referrals.board.provider')}</Table.Th>
              <Table.Th>{t('referrals.board.category')}</Table.Th>
              <Table.Th>{t('referrals.detail.status')}</Table.Th>
              <Table.Th>{t('referrals.board.since')}</Table.Th>
              <Table.Th>{t('referrals.board.appointment')}</Table.Th>
              <Table.Th>{t('referrals.board.referredBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/clients/${r.clientId}?tab=referrals&referral=${r.id}`}
                    aria-label={t('referrals.board.openChart', { name: r.clientName })}
                  >
                    {r.clientName}
                  </Anchor>
                  <Text size="xs" c="gray.7">
                    {t('tasks.mrn', { mrn: r.mrn })}
                  </Text>
                </Table.Td>
                <Table.Td>{r.serviceName ? `${r.serviceName} — ${r.providerName}` : r.providerName}</Table.Td>
                <Table.Td>{t(`carePlan.categories.${r.category}`)}</Table.Td>
                <Table.Td>
                  <ReferralStatusBadge status={r.status} />
                </Table.Td>
                <Table.Td>{formatDateTime(r.statusChangedAt, timeZone)}</Table.Td>
                <Table.Td>{r.appointmentDate ? formatDate(r.appointmentDate) : t('app.none')}</Table.Td>
                <Table.Td>{r.createdByName ?? t('app.none')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
