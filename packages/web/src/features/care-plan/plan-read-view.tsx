import type { CareTeamMemberView, PlanContent, PlanGoal } from '@careloop/core';
import type { ReactNode } from 'react';
import { List, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { GoalView, type Audience } from './goal-view.js';
import { useDocumentTranslation } from './print-language.js';

const deeper = (order: TitleOrder): TitleOrder => (order < 6 ? ((order + 1) as TitleOrder) : 6);

/** A version's content read-only, for staff (everything) or for the client's printed copy. */
export function PlanReadView({
  content,
  audience,
  order,
  team,
  goalExtra,
}: {
  content: PlanContent;
  audience: Audience;
  /** Heading level of the sections. */
  order: TitleOrder;
  /** The episode's care team (everyone who was on it), to tell external services from staff. */
  team?: readonly CareTeamMemberView[];
  /** Something under each goal (the plan in effect shows the goal's referrals). */
  goalExtra?: (goal: PlanGoal, n: number) => ReactNode;
}) {
  const { t } = useDocumentTranslation();
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={order}>{t('carePlan.preferences')}</Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {content.preferences || t('carePlan.notRecorded')}
        </Text>
      </Stack>
      <Title order={order}>{t('carePlan.goals')}</Title>
      {content.goals.length === 0 && <Text size="sm">{t('carePlan.noGoals')}</Text>}
      {content.goals.map((g, i) => (
        <GoalView
          key={g.id}
          goal={g}
          n={i + 1}
          audience={audience}
          order={deeper(order)}
          team={team}
          extra={goalExtra?.(g, i + 1)}
        />
      ))}
      {content.deferredNeeds.length > 0 && (
        <Stack gap={4}>
          <Title order={order}>{t('carePlan.deferredTitle')}</Title>
          <List size="sm">
            {content.deferredNeeds.map((d) => (
              <List.Item key={d.domain}>
                {t(`carePlan.domainLabels.${d.domain}`, { defaultValue: d.domain })}: {d.reason}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Stack gap={4}>
        <Title order={order}>{t('carePlan.crisisPrevention')}</Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {content.crisisPrevention || t('carePlan.notRecorded')}
        </Text>
      </Stack>
    </Stack>
  );
}
