import type { CareTeamMemberView, PlanGoal } from '@careloop/core';
import { Blockquote, List, Stack, Table, Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDate } from '../../lib/format-date.js';
import { useDocumentTranslation } from './print-language.js';
import { responsibleParty, responsibleText } from './responsible-party.js';

export type Audience = 'staff' | 'client';

function Line({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}:{' '}
      </Text>
      {value}
    </Text>
  );
}

/** One goal read-only. The client's copy leaves out what is internal (restatement, GAS weights). */
export function GoalView({
  goal,
  n,
  audience,
  order,
  team = [],
  extra,
}: {
  goal: PlanGoal;
  n: number;
  audience: Audience;
  order: TitleOrder;
  /** The episode's care team, so an external member named on an intervention reads as a service. */
  team?: readonly CareTeamMemberView[];
  /** Shown under the goal (staff views: its referrals and "Refer"). */
  extra?: ReactNode;
}) {
  // In the client's printed copy, labels and dates follow the copy's language; their words do not change.
  const { t, locale } = useDocumentTranslation();
  const staff = audience === 'staff';
  const date = (ymd: string) => formatDate(ymd, locale);
  const range = (a?: string | null, b?: string | null) =>
    a || b ? `${a ? date(a) : '…'} – ${b ? date(b) : '…'}` : null;
  const needName = (d: string) => t(`carePlan.domainLabels.${d}`, { defaultValue: d });
  return (
    <Stack gap={6} component="article" aria-label={t('carePlan.goalN', { n })}>
      <Title order={order}>{t('carePlan.goalN', { n })}</Title>
      <Blockquote p="xs" color="blue" aria-label={t('carePlan.clientWords')}>
        {goal.clientWords}
      </Blockquote>
      {staff && <Line label={t('carePlan.staffRestatement')} value={goal.staffRestatement} />}
      <Line label={t('carePlan.category')} value={goal.category && t(`carePlan.categories.${goal.category}`)} />
      <Line label={t('carePlan.needsAddressed')} value={goal.needDomains.map(needName).join(', ')} />
      <Line label={t('carePlan.strengthsUsed')} value={goal.strengthsUsed} />
      <Line label={t('carePlan.targetDate')} value={goal.targetDate && date(goal.targetDate)} />
      {goal.objectives.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {t('carePlan.objectives')}
          </Text>
          <List size="sm">
            {goal.objectives.map((o) => (
              <List.Item key={o.id}>
                {[o.what, o.howMuch, o.byWhen && t('carePlan.byDate', { date: date(o.byWhen) })]
                  .filter(Boolean)
                  .join(' — ')}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {goal.interventions.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table withTableBorder aria-label={t('carePlan.interventionsOfGoal', { n })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('carePlan.interventionWhat')}</Table.Th>
                <Table.Th>{t('carePlan.who')}</Table.Th>
                <Table.Th>{t('carePlan.frequency')}</Table.Th>
                <Table.Th>{t('carePlan.when')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {goal.interventions.map((iv) => (
                <Table.Tr key={iv.id}>
                  <Table.Td>{iv.what}</Table.Td>
                  <Table.Td>{responsibleText(responsibleParty(iv, team), t)}</Table.Td>
                  <Table.Td>{iv.frequency ?? t('app.none')}</Table.Td>
                  <Table.Td>{range(iv.startDate, iv.endDate) ?? t('app.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {goal.gas && staff && (
        <Text size="sm">
          <Text span fw={600}>
            {t('carePlan.gasShort')}:{' '}
          </Text>
          {t('carePlan.gasSummary', { expected: goal.gas.levels.zero, weight: goal.gas.weight })}
        </Text>
      )}
      {goal.gas && !staff && <Line label={t('carePlan.successLooksLike')} value={goal.gas.levels.zero} />}
      {extra}
    </Stack>
  );
}
