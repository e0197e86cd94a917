import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { formatDate } from '../../lib/format-date.js';
import { StatusBadge } from './follow-up-badges.js';
import { usePostDischargeList } from './hospitalization-queries.js';

/** Supervisors' worklist of recent psychiatric discharges and where their follow-up stands. */
export function PostDischargePage() {
  const { t } = useTranslation();
  const list = usePostDischargeList();
  const items = list.data?.items ?? [];
  return (
    <Stack>
      <Title order={1} id="post-discharge-title">
        {t('hospital.list.title')}
      </Title>
      <Text>{t('hospital.list.intro')}</Text>
      <ApiErrorAlert error={list.error} />
      {list.isLoading && <PageLoader />}
      {list.data && items.length === 0 && <Text>{t('hospital.list.empty')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table aria-labelledby="post-discharge-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('hospital.list.client')}</Table.Th>
                <Table.Th>{t('hospital.list.mrn')}</Table.Th>
                <Table.Th>{t('hospital.list.dischargedOn')}</Table.Th>
                <Table.Th>{t('hospital.list.facility')}</Table.Th>
                <Table.Th>{t('hospital.list.days')}</Table.Th>
                <Table.Th>{t('hospital.list.contact')}</Table.Th>
                <Table.Th>{t('hospital.list.day7')}</Table.Th>
                <Table.Th>{t('hospital.list.day30')}</Table.Th>
                <Table.Th>{t('hospital.list.escalated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={i.hospitalizationId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/clients/${i.clientId}?tab=hospital`}>
                      {i.clientName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{i.mrn}</Table.Td>
                  <Table.Td>{formatDate(i.dischargedOn)}</Table.Td>
                  <Table.Td>{i.facility}</Table.Td>
                  <Table.Td>{i.daysSinceDischarge}</Table.Td>
                  <Table.Td>{i.contactDone ? t('hospital.done') : t('hospital.notYet')}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={i.status7} />
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={i.status30} />
                  </Table.Td>
                  <Table.Td>
                    {i.escalated ? (
                      <Badge color="red.9" tt="none" autoContrast>
                        {t('hospital.escalated')}
                      </Badge>
                    ) : (
                      t('app.no')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
