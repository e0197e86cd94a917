import { endpoints, type CarePlanView, type NeedsAssessmentView, type PlanContent } from '@careloop/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { call } from '../../lib/endpoint-api.js';
import { useNeedsAssessments } from '../needs/needs-queries.js';

export const plansKey = (episodeId: string) => ['care-plans', episodeId];

/** Every version of the episode's plan, newest first (the draft included). */
export function useEpisodePlans(episodeId: string | undefined) {
  return useQuery({
    queryKey: plansKey(episodeId ?? ''),
    queryFn: () => call(endpoints.carePlans.list, { params: { id: episodeId ?? '' } }),
    enabled: !!episodeId,
  });
}

export function usePlan(planId: string | undefined) {
  return useQuery({
    queryKey: ['care-plan', planId],
    queryFn: () => call(endpoints.carePlans.get, { params: { id: planId ?? '' } }),
    enabled: !!planId,
  });
}

/** Autosave of the draft: its whole content, based on the version it was typed from. */
export function savePlanDraft(planId: string, content: PlanContent, version: number): Promise<CarePlanView> {
  return call(endpoints.carePlans.saveDraft, { params: { id: planId }, body: { content, version } });
}

/** Puts a saved version into the episode's list without a refetch (the editor keeps its own state). */
export function usePutPlanInCache() {
  const queryClient = useQueryClient();
  return useCallback(
    (view: CarePlanView) => {
      queryClient.setQueryData<{ items: CarePlanView[] }>(plansKey(view.episodeId), (old) =>
        old ? { items: old.items.map((p) => (p.id === view.id ? view : p)) } : old,
      );
    },
    [queryClient],
  );
}

/** The latest completed needs assessment: its actionable needs must each be met by a goal or deferred. */
export function latestCompleted(items: readonly NeedsAssessmentView[]): NeedsAssessmentView | null {
  const done = items.filter((a) => a.status === 'completed');
  done.sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? ''));
  return done[0] ?? null;
}

export function useLatestNeeds(clientId: string) {
  const needs = useNeedsAssessments(clientId);
  return { ...needs, latest: latestCompleted(needs.data?.items ?? []) };
}
