import type { RiskSummaryView, RiskTierView } from '@careloop/core';
import { Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { OverrideForm } from './override-form.js';
import { TierBadge } from './tier-badge.js';

function Current({ tier, timeZone }: { tier: RiskTierView; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Group gap="sm">
        <TierBadge tier={tier.tier} />
        <Text size="sm">{t('risk.tier.ruleSet', { version: tier.ruleSetVersion })}</Text>
      </Group>
      <Text size="sm">
        {t('risk.tier.setAt', {
          date: formatDateTime(tier.setAt, timeZone),
          name: tier.setByName ?? t('risk.tier.system'),
        })}
      </Text>
      {tier.overridden && (
        <>
          <Text size="sm">{t('risk.tier.computed', { tier: t(`risk.tiers.${tier.computedTier}`) })}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {t('risk.tier.overriddenBy', { reason: tier.overrideReason ?? '' })}
          </Text>
        </>
      )}
      <Text size="sm" fw={700}>
        {t('risk.tier.reasons')}
      </Text>
      <List size="sm">
        {tier.reasons.map((r, i) => (
          <List.Item key={`${r.code}-${i}`}>{r.text}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

function History({ history, timeZone }: { history: readonly RiskTierView[]; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={4}>{t('risk.tier.history')}</Title>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label={t('risk.tier.historyLabel')} withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('risk.tier.when')}</Table.Th>
              <Table.Th>{t('risk.tier.tierColumn')}</Table.Th>
              <Table.Th>{t('risk.tier.computedColumn')}</Table.Th>
              <Table.Th>{t('risk.tier.overriddenColumn')}</Table.Th>
              <Table.Th>{t('risk.tier.who')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{formatDateTime(h.setAt, timeZone)}</Table.Td>
                <Table.Td>{t(`risk.tiers.${h.tier}`)}</Table.Td>
                <Table.Td>{t(`risk.tiers.${h.computedTier}`)}</Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {h.overridden ? `${t('app.yes')}: ${h.overrideReason ?? ''}` : t('app.no')}
                  </Text>
                </Table.Td>
                <Table.Td>{h.setByName ?? t('risk.tier.system')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

/** The acuity tier: what it is, which rules made it, its history, and the clinician's override. */
export function TierSection({ clientId, risk }: { clientId: string; risk: RiskSummaryView }) {
  const { t } = useTranslation();
  const { me, hasRole } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  return (
    <Stack gap="xs">
      <Title order={3}>{t('risk.tier.title')}</Title>
      {risk.current ? (
        <Current tier={risk.current} timeZone={timeZone} />
      ) : (
        <Text size="sm">{t('risk.tier.none')}</Text>
      )}
      {risk.history.length > 0 && <History history={risk.history} timeZone={timeZone} />}
      {hasRole('clinician') && <OverrideForm clientId={clientId} />}
    </Stack>
  );
}
