import type { AssessmentResultView } from '@careloop/core';
import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { levelText } from './score-text.js';

/** Every signed result, newest first. Severity, risk and flags are words, not only colour. */
export function AssessmentHistory({ items }: { items: readonly AssessmentResultView[] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const zone = me?.organization.timeZone ?? 'UTC';
  if (items.length === 0) return <Text>{t('assessments.history.empty')}</Text>;
  const score = (r: AssessmentResultView) => {
    if (r.instrument === 'cssrs_screen') return t('assessments.history.noScore');
    if (!r.complete || r.total === null) return t('assessments.history.incomplete');
    return String(r.total);
  };
  return (
    <Table.ScrollContainer
      minWidth={820}
      // Keyboard users can scroll a table wider than the screen.
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': t('assessments.history.table') } }}
    >
      <Table aria-label={t('assessments.history.table')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assessments.history.date')}</Table.Th>
            <Table.Th scope="col">{t('assessments.history.instrument')}</Table.Th>
            <Table.Th scope="col">{t('assessments.history.score')}</Table.Th>
            <Table.Th scope="col">{t('assessments.history.severity')}</Table.Th>
            <Table.Th scope="col">{t('assessments.history.flags')}</Table.Th>
            <Table.Th scope="col">{t('assessments.history.signedBy')}</Table.Th>
            <Table.Th scope="col">{t('assessments.history.mode')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{formatDateTime(r.administeredAt, zone)}</Table.Td>
              <Table.Td>{t(`assessments.instruments.${r.instrument}`)}</Table.Td>
              <Table.Td>{score(r)}</Table.Td>
              <Table.Td>{levelText(t, r) ?? t('app.none')}</Table.Td>
              <Table.Td>
                {r.flags.length === 0 ? (
                  t('assessments.history.noFlags')
                ) : (
                  <Group gap={4}>
                    {r.flags.map((f) => (
                      <Badge
                        key={f}
                        color="red.9"
                        variant="outline"
                        tt="none"
                        // Long flag names wrap rather than being cut off.
                        styles={{ root: { height: 'auto' }, label: { whiteSpace: 'normal', overflow: 'visible' } }}
                      >
                        {t(`assessments.flags.${f}`)}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Table.Td>
              <Table.Td>{r.signedByName ?? t('app.none')}</Table.Td>
              <Table.Td>{t(`assessments.modes.${r.mode}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
