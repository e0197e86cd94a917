import type { SupervisionResponse } from '@careloop/core';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDueDate } from '../../lib/format-date.js';

/** The supervisor's report of clients drifting away, longest first, with why. */
export function DisengagedTable({ items, timeZone }: { items: SupervisionResponse['disengaged']; timeZone: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text>{t('engagement.table.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-label={t('engagement.table.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('engagement.table.client')}</Table.Th>
            <Table.Th>{t('engagement.table.mrn')}</Table.Th>
            <Table.Th>{t('engagement.table.program')}</Table.Th>
            <Table.Th>{t('engagement.table.caseManager')}</Table.Th>
            <Table.Th>{t('engagement.table.reason')}</Table.Th>
            <Table.Th>{t('engagement.table.since')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((d) => (
            <Table.Tr key={d.episodeId}>
              <Table.Td>
                <Anchor component={Link} to={`/clients/${d.clientId}`}>
                  {d.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{d.mrn}</Table.Td>
              <Table.Td>{d.programName}</Table.Td>
              <Table.Td>{d.primaryCaseManagerName ?? t('engagement.table.noPrimary')}</Table.Td>
              <Table.Td>{t(`engagement.reasons.${d.reason}`)}</Table.Td>
              <Table.Td>{formatDueDate(d.since, timeZone)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
