import type { CarePlanView, PlanGoal } from '@careloop/core';
import { Badge, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format-date.js';
import { domainLabel } from '../needs/needs-view.js';
import { diffGoals, diffSections, fieldChanged, type DiffStatus, type GoalDiff } from './plan-diff.js';

const FIELDS = [
  'clientWords',
  'staffRestatement',
  'category',
  'needDomains',
  'strengthsUsed',
  'targetDate',
  'objectives',
  'interventions',
  'gas',
] as const;
type Field = (typeof FIELDS)[number];

function fieldText(goal: PlanGoal, f: Field, t: TFunction): string {
  switch (f) {
    case 'category':
      return goal.category ? t(`carePlan.categories.${goal.category}`) : '';
    case 'needDomains':
      return goal.needDomains.map(domainLabel).join(', ');
    case 'targetDate':
      return goal.targetDate ? formatDate(goal.targetDate) : '';
    case 'objectives':
      return goal.objectives.map((o) => [o.what, o.howMuch, o.byWhen].filter(Boolean).join(' — ')).join('; ');
    case 'interventions':
      return goal.interventions
        .map((i) => [i.what, t(`carePlan.responsible.${i.responsibleKind}`), i.responsibleName, i.frequency])
        .map((parts) => parts.filter(Boolean).join(' — '))
        .join('; ');
    case 'gas':
      return goal.gas ? t('carePlan.gasSummary', { expected: goal.gas.levels.zero, weight: goal.gas.weight }) : '';
    case 'clientWords':
    case 'staffRestatement':
    case 'strengthsUsed':
      return goal[f] ?? '';
  }
}

/** A goal's fields; changed ones carry a written marker (not colour alone). */
function GoalCell({ diff, goal }: { diff: GoalDiff; goal: PlanGoal | null }) {
  const { t } = useTranslation();
  if (!goal) return <Text size="sm">{t('carePlan.compare.absent')}</Text>;
  return (
    <Stack gap={2}>
      {FIELDS.map((f) => {
        const text = fieldText(goal, f, t);
        const changed = fieldChanged(diff, f);
        if (!text && !changed) return null;
        return (
          <Text key={f} size="sm" component={changed ? 'mark' : 'p'} m={0}>
            <Text span fw={600}>
              {t(`carePlan.compare.fields.${f}`)}:{' '}
            </Text>
            {text || t('app.none')}
            {changed && <Text span fw={700}>{` [${t('carePlan.compare.changedMarker')}]`}</Text>}
          </Text>
        );
      })}
    </Stack>
  );
}

function StatusMark({ status }: { status: DiffStatus }) {
  const { t } = useTranslation();
  const color = { added: 'teal.9', removed: 'red.9', changed: 'yellow.4', same: 'gray.2' }[status];
  return (
    <Badge color={color} autoContrast>
      {t(`carePlan.compare.status.${status}`)}
    </Badge>
  );
}

/** Two versions side by side, goal by goal (goals keep their id across versions). */
export function VersionCompare({ older, newer }: { older: CarePlanView; newer: CarePlanView }) {
  const { t } = useTranslation();
  const goals = diffGoals(older.content.goals, newer.content.goals);
  const sections = diffSections(older.content, newer.content);
  const a = t('carePlan.versionN', { n: older.versionNumber });
  const b = t('carePlan.versionN', { n: newer.versionNumber });
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder withColumnBorders aria-label={t('carePlan.compare.label', { a, b })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('carePlan.compare.part')}</Table.Th>
            <Table.Th>{a}</Table.Th>
            <Table.Th>{b}</Table.Th>
            <Table.Th>{t('carePlan.compare.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sections.map((s) => (
            <Table.Tr key={s.key}>
              <Table.Th scope="row">{t(`carePlan.merge.section.${s.key}`)}</Table.Th>
              <Table.Td>{s.before ?? t('app.none')}</Table.Td>
              <Table.Td>{s.after ?? t('app.none')}</Table.Td>
              <Table.Td>
                <StatusMark status={s.changed ? 'changed' : 'same'} />
              </Table.Td>
            </Table.Tr>
          ))}
          {goals.map((d, i) => (
            <Table.Tr key={d.id}>
              <Table.Th scope="row">{t('carePlan.compare.goalRow', { n: i + 1 })}</Table.Th>
              <Table.Td>
                <GoalCell diff={d} goal={d.before} />
              </Table.Td>
              <Table.Td>
                <GoalCell diff={d} goal={d.after} />
              </Table.Td>
              <Table.Td>
                <StatusMark status={d.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
