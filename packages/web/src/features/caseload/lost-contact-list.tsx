import type { SafetyView } from '@careloop/core';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { ClosureDecisionButtons } from '../episodes/closure-decision.js';
import { PersonCells, PersonHead, SafetyList } from './safety-parts.js';

/**
 * Episodes a worker asked to close as "lost contact": nobody drops out of care on one person's
 * word, so a supervisor signs the closure off or returns it (the row's version guards a change
 * made meanwhile; the server refuses the person who asked).
 */
export function LostContactList({
  items,
  timeZone,
}: {
  items: SafetyView['lostContactAwaitingSignOff'];
  timeZone: string;
}) {
  const { t } = useTranslation();
  return (
    <SafetyList
      title={t('safety.lostContactTitle')}
      empty={t('safety.lostContactEmpty')}
      count={items.length}
      minWidth={960}
      head={
        <>
          <PersonHead />
          <Table.Th>{t('safety.asked')}</Table.Th>
          <Table.Th>{t('safety.summary')}</Table.Th>
          <Table.Th>{t('safety.actions')}</Table.Th>
        </>
      }
    >
      {items.map((r) => (
        <Table.Tr key={r.episodeId}>
          <PersonCells p={r} />
          <Table.Td>
            <Text size="sm">{r.requestedByName ?? t('closure.someone')}</Text>
            <Text size="sm">{formatDateTime(r.requestedAt, timeZone)}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} maw={320}>
              {r.summary ?? t('app.none')}
            </Text>
          </Table.Td>
          <Table.Td>
            <ClosureDecisionButtons
              episodeId={r.episodeId}
              version={r.version}
              who={r.name}
              program={r.programName ?? t('app.none')}
            />
          </Table.Td>
        </Table.Tr>
      ))}
    </SafetyList>
  );
}
