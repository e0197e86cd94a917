import type { CarePlanView, CareTeamMemberView } from '@careloop/core';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { GoalReferrals } from '../referrals/goal-referrals.js';
import { PlanReadView } from './plan-read-view.js';
import { PlanStatusBadge } from './plan-status-badge.js';

/** The version in effect, read-only: who agreed and signed, and when it must be reviewed. */
export function EffectivePlan({ plan, team }: { plan: CarePlanView; team: readonly CareTeamMemberView[] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`plan-${plan.id}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={3} id={`plan-${plan.id}`}>
              {t('carePlan.effectiveTitle', { n: plan.versionNumber })}
            </Title>
            <PlanStatusBadge status={plan.status} />
          </Group>
          <Anchor component={Link} to={`/clients/${plan.clientId}/care-plans/${plan.id}/print`}>
            {t('carePlan.printView')}
          </Anchor>
        </Group>
        <Text size="sm">
          {t('carePlan.signedByAt', {
            name: plan.signedByName ?? t('app.none'),
            at: formatDateTime(plan.signedAt, timeZone),
          })}
          {' · '}
          {plan.clientAgreementMethod && t(`carePlan.agreed.${plan.clientAgreementMethod}`)}
        </Text>
        {plan.approvedAt && (
          <Text size="sm">
            {t('planApproval.approvedByAt', {
              name: plan.approvedByName ?? t('app.none'),
              at: formatDateTime(plan.approvedAt, timeZone),
            })}
          </Text>
        )}
        <PlanReadView
          content={plan.content}
          audience="staff"
          order={4}
          team={team}
          goalExtra={(goal, n) => (
            <GoalReferrals clientId={plan.clientId} episodeId={plan.episodeId} goal={goal} n={n} />
          )}
        />
      </Stack>
    </Paper>
  );
}
