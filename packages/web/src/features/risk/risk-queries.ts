import type { CareTaskView, ClientFlagView, LevelOfCareView, RiskSummaryView } from '@careloop/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../lib/api.js';
import { episodesKey } from '../episodes/care-queries.js';

export interface AlertsResponse {
  flags: ClientFlagView[];
  tasks: CareTaskView[];
}

/** Query keys other features invalidate after storing a result (flags, tasks and the tier may change). */
export const alertsKey = (clientId: string) => ['client-alerts', clientId];
export const riskKey = (clientId: string) => ['client-risk', clientId];
export const levelOfCareKey = (clientId: string) => ['client-level-of-care', clientId];
export const needsKey = (clientId: string) => ['client-needs', clientId];

export function useAlerts(clientId: string) {
  return useQuery({
    queryKey: alertsKey(clientId),
    queryFn: () => api<AlertsResponse>(`/api/clients/${clientId}/alerts`),
  });
}

export function useRisk(clientId: string) {
  return useQuery({
    queryKey: riskKey(clientId),
    queryFn: () => api<RiskSummaryView>(`/api/clients/${clientId}/risk`),
  });
}

export function useLevelOfCare(clientId: string) {
  return useQuery({
    queryKey: levelOfCareKey(clientId),
    queryFn: () => api<LevelOfCareView>(`/api/clients/${clientId}/level-of-care`),
  });
}

/**
 * After any risk or needs change: alerts, tier, level of care, the needs list, the episode's stage
 * guard (it reads the needs assessment and the tier) and caseload rows may all have moved.
 */
export function useRefreshRisk(clientId: string) {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all(
      [alertsKey(clientId), riskKey(clientId), levelOfCareKey(clientId), needsKey(clientId), episodesKey(clientId)]
        .map((queryKey) => queryClient.invalidateQueries({ queryKey }))
        .concat(queryClient.invalidateQueries({ queryKey: ['caseload'] })),
    );
  }, [queryClient, clientId]);
}
