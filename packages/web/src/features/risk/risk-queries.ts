import { endpoints } from '@careloop/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { call } from '../../lib/endpoint-api.js';
import { episodesKey } from '../episodes/care-queries.js';

/** Query keys other features invalidate after storing a result (flags, tasks and the tier may change). */
export const alertsKey = (clientId: string) => ['client-alerts', clientId];
export const riskKey = (clientId: string) => ['client-risk', clientId];
export const levelOfCareKey = (clientId: string) => ['client-level-of-care', clientId];
export const needsKey = (clientId: string) => ['client-needs', clientId];

export function useAlerts(clientId: string) {
  return useQuery({
    queryKey: alertsKey(clientId),
    queryFn: () => call(endpoints.assessments.alerts, { params: { id: clientId } }),
  });
}

export function useRisk(clientId: string) {
  return useQuery({
    queryKey: riskKey(clientId),
    queryFn: () => call(endpoints.assessments.risk, { params: { id: clientId } }),
  });
}

export function useLevelOfCare(clientId: string) {
  return useQuery({
    queryKey: levelOfCareKey(clientId),
    queryFn: () => call(endpoints.assessments.levelOfCare, { params: { id: clientId } }),
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
