import {
  endpoints,
  type ReviewSafetyPlanBody,
  type SafetyPlanContentInput,
  type SafetyPlanView,
  type SignSafetyPlanBody,
} from '@careloop/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/endpoint-api.js';
import { alertsKey } from '../risk/risk-queries.js';

export const safetyPlansKey = (clientId: string) => ['safety-plans', clientId];

export function useSafetyPlans(clientId: string) {
  return useQuery({
    queryKey: safetyPlansKey(clientId),
    queryFn: () => call(endpoints.safetyPlans.listForClient, { params: { id: clientId } }),
  });
}

/** After a change: the client's plans, their tasks (a signed plan closes some) and the banner's alerts. */
function useRefresh(clientId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: safetyPlansKey(clientId) }),
      queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      queryClient.invalidateQueries({ queryKey: alertsKey(clientId) }),
    ]);
  };
}

/** Save the form: a new draft when none is open, else the draft's edit (with its version). */
export function useSaveSafetyPlan(clientId: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: ({ draft, body }: { draft: SafetyPlanView | null; body: Required<SafetyPlanContentInput> }) =>
      draft
        ? call(endpoints.safetyPlans.update, { params: { id: draft.id }, body: { ...body, version: draft.version } })
        : call(endpoints.safetyPlans.create, { params: { id: clientId }, body }),
    onSuccess: refresh,
  });
}

export function useSignSafetyPlan(clientId: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SignSafetyPlanBody }) =>
      call(endpoints.safetyPlans.sign, { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useReviseSafetyPlan(clientId: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: (id: string) => call(endpoints.safetyPlans.revise, { params: { id } }),
    onSuccess: refresh,
  });
}

export function useReviewSafetyPlan(clientId: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReviewSafetyPlanBody }) =>
      call(endpoints.safetyPlans.review, { params: { id }, body }),
    onSuccess: refresh,
  });
}
