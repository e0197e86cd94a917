import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format-date.js';
import { overdueBy } from '../../lib/relative-time.js';

/** One list of the safety view: a heading that names its table, or the empty state in words. */
export function SafetyList({
  title,
  empty,
  count,
  minWidth,
  head,
  children,
}: {
  title: string;
  empty: string;
  count: number;
  minWidth: number;
  head: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Stack gap={4} component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id}>
        {title}
      </Title>
      {count === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table aria-labelledby={id} withTableBorder>
            <Table.Thead>
              <Table.Tr>{head}</Table.Tr>
            </Table.Thead>
            <Table.Tbody>{children}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** The columns every row starts with: who (linked to the chart, ids only in the address), MRN, program. */
export function PersonHead() {
  const { t } = useTranslation();
  return (
    <>
      <Table.Th>{t('safety.client')}</Table.Th>
      <Table.Th>{t('safety.mrn')}</Table.Th>
      <Table.Th>{t('safety.program')}</Table.Th>
    </>
  );
}

export function PersonCells({ p }: { p: { clientId: string; name: string; mrn: string; programName: string | null } }) {
  const { t } = useTranslation();
  return (
    <>
      <Table.Td>
        <Anchor component={Link} to={`/clients/${p.clientId}`}>
          {p.name}
        </Anchor>
      </Table.Td>
      <Table.Td>{p.mrn}</Table.Td>
      <Table.Td>{p.programName ?? t('app.none')}</Table.Td>
    </>
  );
}

/** When it was due, in the organisation's zone, and how late in words (red repeats the words). */
export function DueCell({
  dueAt,
  overdue,
  now,
  timeZone,
}: {
  dueAt: string;
  overdue: boolean;
  now: number;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const late = overdue ? overdueBy(dueAt, now) : null;
  return (
    <Stack gap={0}>
      <Text size="sm">{formatDateTime(dueAt, timeZone)}</Text>
      {overdue && (
        <Text size="sm" fw={700} c="red.9">
          {late
            ? t(`safety.overdue${late.unit === 'minutes' ? 'Minutes' : late.unit === 'hours' ? 'Hours' : 'Days'}`, {
                count: late.count,
              })
            : t('safety.overdue')}
        </Text>
      )}
    </Stack>
  );
}
