import { CLIENT_CARE_ROLES, type ReferralView } from '@careloop/core';
import { Anchor, Button, Center, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { CreateReferralDialog } from './create-referral-dialog.js';
import { ReferralDetailDialog } from './referral-detail-dialog.js';
import { useClientReferrals } from './referral-queries.js';
import { ReferralStatusBadge } from './referral-status-badge.js';

/** The chart's Referrals tab: every referral of the client; `?referral=<id>` opens one. */
export function ClientReferralsPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { me, hasRole } = useSession();
  const referrals = useClientReferrals(clientId);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const openId = params.get('referral');
  const setOpen = (id: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (id) next.set('referral', id);
        else next.delete('referral');
        return next;
      },
      { replace: true },
    );
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const items = referrals.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('referrals.clientTitle')}
        </Title>
        {hasRole(...CLIENT_CARE_ROLES) && (
          <Button onClick={() => setCreating(true)}>{t('referrals.newReferral')}</Button>
        )}
      </Group>
      <ApiErrorAlert error={referrals.error} />
      {referrals.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {referrals.data && items.length === 0 && <Text>{t('referrals.none')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('referrals.clientTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('referrals.board.provider')}</Table.Th>
                <Table.Th>{t('referrals.board.category')}</Table.Th>
                <Table.Th>{t('referrals.detail.status')}</Table.Th>
                <Table.Th>{t('referrals.board.appointment')}</Table.Th>
                <Table.Th>{t('referrals.board.since')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <ReferralRow key={r.id} r={r} timeZone={timeZone} onOpen={() => setOpen(r.id)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CreateReferralDialog
        clientId={clientId}
        opened={creating}
        onClose={() => setCreating(false)}
        origin={{}}
        title={t('referrals.create.title')}
      />
      <ReferralDetailDialog referralId={openId} onClose={() => setOpen(null)} />
    </Stack>
  );
}

function ReferralRow({ r, timeZone, onOpen }: { r: ReferralView; timeZone: string; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor
          component="button"
          type="button"
          onClick={onOpen}
          aria-label={t('referrals.open', { provider: r.providerName })}
        >
          {r.serviceName ? `${r.serviceName} — ${r.providerName}` : r.providerName}
        </Anchor>
        {r.outcome && (
          <Text size="xs" c="gray.7">
            {t('referrals.outcome', { outcome: r.outcome })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{t(`carePlan.categories.${r.category}`)}</Table.Td>
      <Table.Td>
        <Group gap={4}>
          <ReferralStatusBadge status={r.status} />
          {r.followUpDue && (
            <Text size="xs" c="red.9" fw={600}>
              {t('referrals.overdue')}
            </Text>
          )}
        </Group>
      </Table.Td>
      <Table.Td>{r.appointmentDate ? formatDate(r.appointmentDate) : t('app.none')}</Table.Td>
      <Table.Td>{formatDateTime(r.statusChangedAt, timeZone)}</Table.Td>
    </Table.Tr>
  );
}
