import type { CarePlanView } from '@careloop/core';
import { Anchor, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { PlanStatusBadge } from './plan-status-badge.js';
import { VersionCompare } from './version-compare.js';

/** Every version of the plan, and any two of them compared side by side. */
export function VersionHistory({ plans }: { plans: readonly CarePlanView[] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const sorted = [...plans].sort((x, y) => y.versionNumber - x.versionNumber);
  const [a, setA] = useState<string | null>(sorted[1]?.id ?? null);
  const [b, setB] = useState<string | null>(sorted[0]?.id ?? null);
  const options = sorted.map((p) => ({
    value: p.id,
    label: `${t('carePlan.versionN', { n: p.versionNumber })} (${t(`carePlan.status.${p.status}`)})`,
  }));
  const pa = sorted.find((p) => p.id === a);
  const pb = sorted.find((p) => p.id === b);
  const [older, newer] = pa && pb && pa.versionNumber > pb.versionNumber ? [pb, pa] : [pa, pb];
  return (
    <Stack gap="sm">
      <Title order={3}>{t('carePlan.historyTitle')}</Title>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder aria-label={t('carePlan.historyLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('carePlan.version')}</Table.Th>
              <Table.Th>{t('carePlan.statusLabel')}</Table.Th>
              <Table.Th>{t('carePlan.signedBy')}</Table.Th>
              <Table.Th>{t('carePlan.agreement')}</Table.Th>
              <Table.Th>{t('carePlan.changeSummaryShort')}</Table.Th>
              <Table.Th>{t('carePlan.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{t('carePlan.versionN', { n: p.versionNumber })}</Table.Td>
                <Table.Td>
                  <PlanStatusBadge status={p.status} />
                </Table.Td>
                <Table.Td>
                  {p.signedAt
                    ? t('carePlan.signedByAt', {
                        name: p.signedByName ?? t('app.none'),
                        at: formatDateTime(p.signedAt, timeZone),
                      })
                    : t('carePlan.notSignedYet')}
                </Table.Td>
                <Table.Td>
                  {p.clientAgreementMethod ? t(`carePlan.agreed.${p.clientAgreementMethod}`) : t('app.none')}
                </Table.Td>
                <Table.Td>{p.changeSummary ?? t('app.none')}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${p.clientId}/care-plans/${p.id}/print`}>
                    {t('carePlan.printVersion', { n: p.versionNumber })}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {sorted.length > 1 && (
        <>
          <Title order={4}>{t('carePlan.compare.title')}</Title>
          <Group>
            <Select label={t('carePlan.compare.from')} data={options} value={a} onChange={setA} allowDeselect={false} />
            <Select label={t('carePlan.compare.to')} data={options} value={b} onChange={setB} allowDeselect={false} />
          </Group>
          {older && newer && older.id !== newer.id ? (
            <VersionCompare older={older} newer={newer} />
          ) : (
            <Text size="sm">{t('carePlan.compare.pickTwo')}</Text>
          )}
        </>
      )}
    </Stack>
  );
}
