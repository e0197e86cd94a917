import { endpoints, type IntakeView } from '@careloop/core';
import { Anchor, Button, Group, Loader, SegmentedControl, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../lib/endpoint-api.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { DueText, UrgencyBadge } from './intake-badges.js';
import { useNow } from '../../lib/use-now.js';

type StatusFilter = 'open' | 'closed' | 'all';
const FILTERS: StatusFilter[] = ['open', 'closed', 'all'];

function QueueRow({ intake, tz, now }: { intake: IntakeView; tz: string; now: number }) {
  const { t } = useTranslation();
  return (
    // Overdue rows are tinted as well as labelled in words in the due column.
    <Table.Tr bg={intake.overdue ? 'red.0' : undefined}>
      <Table.Td>
        <Anchor
          component={Link}
          to={`/intake/${intake.id}`}
          aria-label={t('intake.openIntake', { reference: intake.reference })}
        >
          {intake.reference}
        </Anchor>
      </Table.Td>
      <Table.Td>
        {intake.lastName}, {intake.firstName}
      </Table.Td>
      <Table.Td>{t(`intake.sources.${intake.source}`)}</Table.Td>
      <Table.Td>
        <UrgencyBadge urgency={intake.urgency} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDateTime(intake.dueAt, tz)}</Text>
        <DueText intake={intake} now={now} />
      </Table.Td>
      <Table.Td>
        {t(`intake.statuses.${intake.status}`)}
        {intake.outcome && ` — ${t(`intake.outcomes.${intake.outcome}`)}`}
      </Table.Td>
      <Table.Td>{intake.assignedToName ?? t('intake.unassigned')}</Table.Td>
    </Table.Tr>
  );
}

/** The intake coordinators' work list: every referral in, soonest due first (the server sorts). */
export function IntakeQueuePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const tz = me?.organization.timeZone ?? 'UTC';
  const now = useNow();
  const [status, setStatus] = useState<StatusFilter>('open');
  const intakes = useQuery({
    queryKey: ['intakes', status],
    queryFn: () => call(endpoints.intakes.list, { query: { status } }),
  });
  const items = intakes.data?.items ?? [];

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={1}>{t('intake.queueTitle')}</Title>
        <Button component={Link} to="/intake/new">
          {t('intake.newButton')}
        </Button>
      </Group>
      <Group mb="md" gap="sm">
        <Text id="intake-filter-label" size="sm" fw={500}>
          {t('intake.show')}
        </Text>
        <SegmentedControl
          aria-labelledby="intake-filter-label"
          value={status}
          onChange={(v) => setStatus(v)}
          data={FILTERS.map((f) => ({ value: f, label: t(`intake.filter.${f}`) }))}
        />
      </Group>
      <ApiErrorAlert error={intakes.error} />
      {intakes.isPending && <Loader aria-label={t('intake.loading')} />}
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover aria-label={t('intake.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('intake.columns.reference')}</Table.Th>
              <Table.Th>{t('intake.columns.name')}</Table.Th>
              <Table.Th>{t('intake.columns.source')}</Table.Th>
              <Table.Th>{t('intake.columns.urgency')}</Table.Th>
              <Table.Th>{t('intake.columns.due')}</Table.Th>
              <Table.Th>{t('intake.columns.status')}</Table.Th>
              <Table.Th>{t('intake.columns.assigned')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((i) => (
              <QueueRow key={i.id} intake={i} tz={tz} now={now} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {intakes.isSuccess && items.length === 0 && <Text mt="sm">{t('intake.empty')}</Text>}
    </>
  );
}
