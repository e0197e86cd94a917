import { endpoints, type CarePlanView, type PlanApprovalBody } from '@careloop/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/endpoint-api.js';
import { plansKey } from './care-plan-queries.js';
import { usePrograms } from '../episodes/care-queries.js';

export const approvalQueueKey = ['care-plans', 'pending-approval'];

/** Signed plans waiting in the programs the signed-in supervisor supervises. */
export function useApprovalQueue(enabled: boolean) {
  return useQuery({
    queryKey: approvalQueueKey,
    queryFn: () => call(endpoints.carePlans.pendingApproval),
    enabled,
  });
}

export function useDecideApproval(plan: CarePlanView) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<PlanApprovalBody, 'version'>) =>
      call(endpoints.carePlans.decideApproval, {
        params: { id: plan.id },
        body: { ...body, version: plan.version },
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: plansKey(plan.episodeId) }),
        queryClient.invalidateQueries({ queryKey: approvalQueueKey }),
        queryClient.invalidateQueries({ queryKey: ['episodes'] }),
      ]),
  });
}

/** Whether the episode's program has a supervisor approve signed plans. */
export function useApprovalRequired(programId: string): boolean {
  const programs = usePrograms();
  return programs.data?.items.find((p) => p.id === programId)?.planApprovalRequired ?? false;
}
