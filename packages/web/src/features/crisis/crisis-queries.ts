import {
  endpoints,
  type CreateCrisisEventBody,
  type CrisisEventView,
  type ResolveCrisisEventBody,
} from '@careloop/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/endpoint-api.js';
import { useRefreshRisk } from '../risk/risk-queries.js';

export const crisisKey = (clientId: string) => ['crisis-events', clientId];

export function useCrisisEvents(clientId: string) {
  return useQuery({
    queryKey: crisisKey(clientId),
    queryFn: () => call(endpoints.crisis.listForClient, { params: { id: clientId } }),
  });
}

/** After a change: the list, the banner's flag and tier, the tasks the crisis opened or closed. */
function useRefresh(clientId: string) {
  const queryClient = useQueryClient();
  const refreshRisk = useRefreshRisk(clientId);
  return async (_view?: CrisisEventView) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: crisisKey(clientId) }),
      queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      refreshRisk(),
    ]);
  };
}

export function useRecordCrisis(clientId: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: (body: CreateCrisisEventBody) => call(endpoints.crisis.create, { params: { id: clientId }, body }),
    onSuccess: refresh,
  });
}

export function useResolveCrisis(clientId: string, id: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: (body: ResolveCrisisEventBody) => call(endpoints.crisis.resolve, { params: { id }, body }),
    onSuccess: refresh,
  });
}
