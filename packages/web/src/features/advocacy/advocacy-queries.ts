import {
  endpoints,
  localDate,
  type AdvocacyCaseView,
  type AdvocacyStepBody,
  type CreateAdvocacyCaseBody,
  type CreateUnmetNeedBody,
  type UpdateAdvocacyCaseBody,
  type UpdateUnmetNeedBody,
} from '@careloop/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/endpoint-api.js';
import { useNow } from '../../lib/use-now.js';
import { useSession } from '../../lib/session.js';

export const advocacyKey = (clientId: string) => ['advocacy', clientId];
export const advocacyCaseKey = (id: string) => ['advocacy', 'case', id];
export const unmetNeedsKey = (clientId: string) => ['unmet-needs', clientId];

/** The organisation's calendar day (deadlines are calendar dates). */
export function useToday(): string {
  const { me } = useSession();
  const now = useNow();
  return localDate(new Date(now), me?.organization.timeZone ?? 'UTC');
}

export function useAdvocacyCases(clientId: string) {
  return useQuery({
    queryKey: advocacyKey(clientId),
    queryFn: () => call(endpoints.advocacy.listForClient, { params: { id: clientId } }),
  });
}

export function useAdvocacyCase(id: string) {
  return useQuery({
    queryKey: advocacyCaseKey(id),
    queryFn: () => call(endpoints.advocacy.get, { params: { id } }),
  });
}

/** After a change: the case, the client's list, their tasks (deadline tasks follow) and the caseload. */
function useRefresh(clientId: string) {
  const queryClient = useQueryClient();
  return async (view?: AdvocacyCaseView) => {
    if (view) queryClient.setQueryData(advocacyCaseKey(view.id), view);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: advocacyKey(clientId) }),
      queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      queryClient.invalidateQueries({ queryKey: ['caseload'] }),
    ]);
  };
}

export function useCreateAdvocacyCase(clientId: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: (body: CreateAdvocacyCaseBody) => call(endpoints.advocacy.create, { params: { id: clientId }, body }),
    onSuccess: refresh,
  });
}

export function useUpdateAdvocacyCase(clientId: string, id: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: (body: UpdateAdvocacyCaseBody) => call(endpoints.advocacy.update, { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useAddAdvocacyStep(clientId: string, id: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: (body: AdvocacyStepBody) => call(endpoints.advocacy.addStep, { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useUnmetNeeds(clientId: string) {
  return useQuery({
    queryKey: unmetNeedsKey(clientId),
    queryFn: () => call(endpoints.unmetNeeds.listForClient, { params: { id: clientId } }),
  });
}

export function useRecordUnmetNeed(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUnmetNeedBody) => call(endpoints.unmetNeeds.create, { params: { id: clientId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unmetNeedsKey(clientId) }),
  });
}

export function useUpdateUnmetNeed(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUnmetNeedBody }) =>
      call(endpoints.unmetNeeds.update, { params: { id }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unmetNeedsKey(clientId) }),
  });
}
