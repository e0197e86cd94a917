import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format-date.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useApprovalQueue } from './approval-queries.js';

/** The supervisor's queue of signed plans to approve, oldest first; each opens the client's plan tab. */
export function ApprovalQueueTable({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const queue = useApprovalQueue(true);
  if (queue.error) return <ApiErrorAlert error={queue.error} />;
  const items = queue.data?.items ?? [];
  if (queue.isLoading) return <Text>{t('app.loading')}</Text>;
  if (items.length === 0) return <Text>{t('planApproval.queueEmpty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table aria-label={t('planApproval.queueTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('planApproval.client')}</Table.Th>
            <Table.Th>{t('planApproval.mrn')}</Table.Th>
            <Table.Th>{t('planApproval.program')}</Table.Th>
            <Table.Th>{t('planApproval.version')}</Table.Th>
            <Table.Th>{t('planApproval.signedBy')}</Table.Th>
            <Table.Th>{t('planApproval.signedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.planId}>
              <Table.Td>
                <Anchor component={Link} to={`/clients/${r.clientId}?tab=plan`}>
                  {r.clientName}
                </Anchor>
              </Table.Td>
              <Table.Td>{r.mrn}</Table.Td>
              <Table.Td>{r.programName}</Table.Td>
              <Table.Td>{r.versionNumber}</Table.Td>
              <Table.Td>{r.signedByName ?? t('app.none')}</Table.Td>
              <Table.Td>{formatDateTime(r.signedAt, timeZone)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
