import type { StageChangeView } from '@careloop/core';
import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';

/** Every stage change, who made it, when and why: the episode's audit trail in plain words. */
export function StageHistory({ history }: { history: readonly StageChangeView[] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  // Newest first: the latest change is what a reader needs first.
  const rows = [...history].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  return (
    <>
      <Title order={4}>{t('episodes.history')}</Title>
      <Table.ScrollContainer minWidth={560}>
        <Table aria-label={t('episodes.historyLabel')} withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('episodes.historyWhen')}</Table.Th>
              <Table.Th>{t('episodes.historyWho')}</Table.Th>
              <Table.Th>{t('episodes.historyChange')}</Table.Th>
              <Table.Th>{t('episodes.historyWhy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{formatDateTime(h.changedAt, timeZone)}</Table.Td>
                <Table.Td>{h.changedByName ?? t('episodes.systemUser')}</Table.Td>
                <Table.Td>
                  {h.fromStage ? `${t(`care.stages.${h.fromStage}`)} → ` : `${t('episodes.started')}: `}
                  {t(`care.stages.${h.toStage}`)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {h.reason ?? t('app.none')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
