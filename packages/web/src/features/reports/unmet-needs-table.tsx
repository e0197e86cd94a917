import { UnmetNeedReasons, type UnmetNeedsReport } from '@careloop/core';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The report's numbers as a table: one row per category, recorded and open, and the reasons. */
export function UnmetNeedsTable({ report }: { report: UnmetNeedsReport }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped>
        <Table.Caption>{t('reports.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.category')}</Table.Th>
            <Table.Th scope="col">{t('reports.recorded')}</Table.Th>
            <Table.Th scope="col">{t('reports.open')}</Table.Th>
            {UnmetNeedReasons.map((r) => (
              <Table.Th scope="col" key={r}>
                {t(`unmetNeeds.reasons.${r}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.categories.map((l) => (
            <Table.Tr key={l.category}>
              <Table.Th scope="row">{t(`carePlan.categories.${l.category}`)}</Table.Th>
              <Table.Td>{l.recorded}</Table.Td>
              <Table.Td>{l.open}</Table.Td>
              {UnmetNeedReasons.map((r) => (
                <Table.Td key={r}>{l.byReason[r]}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('reports.total')}</Table.Th>
            <Table.Td>{report.totals.recorded}</Table.Td>
            <Table.Td>{report.totals.open}</Table.Td>
            {UnmetNeedReasons.map((r) => (
              <Table.Td key={r} />
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
