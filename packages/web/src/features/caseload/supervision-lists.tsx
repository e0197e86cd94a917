import type { SupervisionResponse } from '@careloop/core';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatDueDate } from '../../lib/format-date.js';

const name = (c: { firstName: string; lastName: string }) => `${c.lastName}, ${c.firstName}`;

export function OverdueContactsTable({
  items,
  timeZone,
}: {
  items: SupervisionResponse['overdueContacts'];
  timeZone: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text>{t('supervision.noOverdue')}</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table aria-label={t('supervision.overdueLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('supervision.client')}</Table.Th>
            <Table.Th>{t('caseload.columns.mrn')}</Table.Th>
            <Table.Th>{t('supervision.program')}</Table.Th>
            <Table.Th>{t('supervision.caseManager')}</Table.Th>
            <Table.Th>{t('supervision.due')}</Table.Th>
            <Table.Th>{t('supervision.daysOverdue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.episodeId}>
              <Table.Td>
                <Anchor component={Link} to={`/clients/${c.clientId}`}>
                  {name(c)}
                </Anchor>
              </Table.Td>
              <Table.Td>{c.mrn}</Table.Td>
              <Table.Td>{c.programName}</Table.Td>
              <Table.Td>{c.primaryCaseManagerName ?? t('episodes.noPrimary')}</Table.Td>
              <Table.Td>{formatDueDate(c.nextContactDueAt, timeZone)}</Table.Td>
              <Table.Td>
                <Text size="sm" c="red.9" fw={700}>
                  {t('care.overdueBy', { count: c.daysOverdue })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function OverdueIntakesTable({
  items,
  timeZone,
}: {
  items: SupervisionResponse['overdueIntakes'];
  timeZone: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text>{t('supervision.noIntakes')}</Text>;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table aria-label={t('supervision.intakesLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('supervision.reference')}</Table.Th>
            <Table.Th>{t('supervision.urgency')}</Table.Th>
            <Table.Th>{t('supervision.due')}</Table.Th>
            <Table.Th>{t('supervision.assigned')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>
                <Anchor component={Link} to={`/intake/${i.id}`}>
                  {i.reference}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`care.urgency.${i.urgency}`)}</Table.Td>
              <Table.Td>{formatDateTime(i.dueAt, timeZone)}</Table.Td>
              <Table.Td>{i.assignedToName ?? t('supervision.unassigned')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function WaitlistTable({ items, timeZone }: { items: SupervisionResponse['waitlist']; timeZone: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text>{t('supervision.noWaitlist')}</Text>;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table aria-label={t('supervision.waitlistLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('supervision.client')}</Table.Th>
            <Table.Th>{t('supervision.program')}</Table.Th>
            <Table.Th>{t('supervision.since')}</Table.Th>
            <Table.Th>{t('supervision.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((w) => (
            <Table.Tr key={w.episodeId}>
              <Table.Td>
                <Anchor component={Link} to={`/clients/${w.clientId}`}>
                  {name(w)}
                </Anchor>
              </Table.Td>
              <Table.Td>{w.programName}</Table.Td>
              <Table.Td>{formatDueDate(w.waitlistedSince, timeZone)}</Table.Td>
              <Table.Td>{w.note ?? t('app.none')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function OverdueReviewsTable({
  items,
  timeZone,
}: {
  items: SupervisionResponse['overdueReviews'];
  timeZone: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text>{t('planReview.supervision.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-label={t('planReview.supervision.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('planReview.supervision.client')}</Table.Th>
            <Table.Th>{t('planReview.supervision.mrn')}</Table.Th>
            <Table.Th>{t('planReview.supervision.program')}</Table.Th>
            <Table.Th>{t('planReview.supervision.caseManager')}</Table.Th>
            <Table.Th>{t('planReview.supervision.due')}</Table.Th>
            <Table.Th>{t('planReview.supervision.overdue')}</Table.Th>
            <Table.Th>{t('planReview.supervision.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.episodeId}>
              <Table.Td>
                <Anchor component={Link} to={`/clients/${r.clientId}`}>
                  {name(r)}
                </Anchor>
              </Table.Td>
              <Table.Td>{r.mrn}</Table.Td>
              <Table.Td>{r.programName}</Table.Td>
              <Table.Td>{r.primaryCaseManagerName ?? t('planReview.supervision.noPrimary')}</Table.Td>
              <Table.Td>{formatDateTime(r.reviewDueAt, timeZone)}</Table.Td>
              <Table.Td>
                <Text size="sm" c="red.9" fw={700}>
                  {t('planReview.supervision.overdueBy', { count: r.daysOverdue })}
                </Text>
              </Table.Td>
              <Table.Td>{t(`planReview.supervision.reasons.${r.reason}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
