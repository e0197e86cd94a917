import type { EpisodeView } from '@careloop/core';
import { Alert, Divider, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { StepDownCriteria } from './step-down-criteria.js';
import { TransitionCheckIns } from './transition-check-ins.js';
import { TransitionChecklist } from './transition-checklist.js';
import { TransitionPlanForm } from './transition-plan-form.js';
import { useTransitionPanel } from './transition-queries.js';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="gray.7" component="div">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

/** The move this episode is part of, named by its sending episode (the one put in transition). */
export function sendingEpisodeIdOf(episode: EpisodeView): string | null {
  if (episode.nextEpisodeId) return episode.id;
  return episode.previousEpisodeId;
}

/**
 * The transition panel on the episode card, for the sending episode in transition or
 * post-transition and for the receiving episode: the plan, the hand-off checklist, acceptance
 * (the accept button stays in the hand-off section), check-ins and step-down criteria.
 */
export function TransitionPanel({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const sendingId = sendingEpisodeIdOf(episode);
  const q = useTransitionPanel(sendingId);
  if (!sendingId) return null;
  if (q.error) return <ApiErrorAlert error={q.error} />;
  const panel = q.data;
  if (!panel) return null;
  const moving = panel.sendingStage === 'transition' || panel.sendingStage === 'post_transition';
  if (!moving && panel.plan === null) return null;
  const plan = panel.plan;
  const headingId = `transition-${episode.id}`;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('transitions.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Fact label={t('transitions.target')} value={panel.targetProgramName ?? '—'} />
          <Fact label={t('transitions.reason')} value={panel.reason ?? '—'} />
          <Fact
            label={t('transitions.acceptance')}
            value={
              panel.handoffAcceptedAt
                ? t('transitions.acceptedAt', { date: formatDateTime(panel.handoffAcceptedAt, timeZone) })
                : t('transitions.awaitingAcceptance')
            }
          />
          <Fact
            label={t('transitions.overlapEndsOn')}
            value={plan?.overlapEndsOn ? formatDate(plan.overlapEndsOn) : '—'}
          />
        </SimpleGrid>
        {plan === null && <Alert color="blue">{t('transitions.noPlan')}</Alert>}
        {panel.sendingStage === 'transition' && (
          <TransitionPlanForm key={plan?.version ?? 0} panel={panel} clientId={episode.clientId} />
        )}
        {plan && <TransitionChecklist panel={panel} plan={plan} clientId={episode.clientId} timeZone={timeZone} />}
        {plan?.acceptedOn && (
          <TransitionCheckIns plan={plan} sendingId={panel.sendingEpisodeId} clientId={episode.clientId} />
        )}
        {plan?.closedAt && (
          <Text size="sm">{t('transitions.closed', { date: formatDateTime(plan.closedAt, timeZone) })}</Text>
        )}
        <Divider />
        <StepDownCriteria loc={panel.levelOfCare} sendingId={panel.sendingEpisodeId} />
      </Stack>
    </Paper>
  );
}
