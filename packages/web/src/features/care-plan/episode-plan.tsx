import { CLIENT_CARE_ROLES, endpoints, type EpisodeView } from '@careloop/core';
import { Button, Center, Divider, Group, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useSession } from '../../lib/session.js';
import { PendingPlan } from './approval-panel.js';
import { PlanReviewSection } from './plan-review-section.js';
import { EffectivePlan } from './effective-plan.js';
import { plansKey, useEpisodePlans, useLatestNeeds } from './care-plan-queries.js';
import { PlanEditor } from './plan-editor.js';
import { VersionHistory } from './version-history.js';

/** One episode's plan: the effective version read-only, the draft in the editor, and the history. */
export function EpisodePlan({ clientId, episode }: { clientId: string; episode: EpisodeView }) {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  const queryClient = useQueryClient();
  const plans = useEpisodePlans(episode.id);
  const needs = useLatestNeeds(clientId);
  const items = plans.data?.items ?? [];
  const effective = items.find((p) => p.status === 'effective');
  const draft = items.find((p) => p.status === 'draft');
  const pending = items.find((p) => p.status === 'pending_approval');
  const nextNumber = Math.max(0, ...items.map((p) => p.versionNumber)) + 1;
  // Staff who work with clients; the server checks chart access regardless.
  const canEdit = hasRole(...CLIENT_CARE_ROLES);
  const start = useMutation({
    mutationFn: () => call(endpoints.carePlans.create, { params: { id: episode.id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: plansKey(episode.id) }),
  });
  // A draft someone else started in the meantime is simply opened (409 conflict).
  const startError = start.error instanceof ApiError && start.error.code === 'conflict' ? null : start.error;

  if (plans.isLoading || needs.isLoading) {
    return (
      <Center>
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  return (
    <Stack gap="lg">
      <ApiErrorAlert error={plans.error ?? needs.error ?? startError} />
      {effective && (
        <>
          <EffectivePlan plan={effective} team={episode.team} />
          <PlanReviewSection episodeId={episode.id} />
        </>
      )}
      {pending && <PendingPlan plan={pending} />}
      {!effective && !draft && !pending && <Text>{t('carePlan.noPlanYet', { program: episode.programName })}</Text>}
      {!draft && !pending && canEdit && episode.stage !== 'closed' && (
        <Group>
          <Button onClick={() => start.mutate()} loading={start.isPending}>
            {effective ? t('carePlan.editCreates', { n: nextNumber }) : t('carePlan.start')}
          </Button>
        </Group>
      )}
      {draft && (
        <>
          <Divider />
          <PlanEditor key={draft.id} plan={draft} episode={episode} needs={needs.latest} />
        </>
      )}
      {items.length > 0 && (
        <>
          <Divider />
          <VersionHistory key={items.map((p) => `${p.id}:${p.status}`).join()} plans={items} />
        </>
      )}
    </Stack>
  );
}
