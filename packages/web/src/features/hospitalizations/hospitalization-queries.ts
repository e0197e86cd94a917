import { endpoints, type CreateHospitalizationBody, type UpdateHospitalizationBody } from '@careloop/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/endpoint-api.js';

export const hospitalizationsKey = (clientId: string) => ['hospitalizations', clientId];

export function useHospitalizations(clientId: string) {
  return useQuery({
    queryKey: hospitalizationsKey(clientId),
    queryFn: () => call(endpoints.hospitalizations.listForClient, { params: { id: clientId } }),
  });
}

export function usePostDischargeList() {
  return useQuery({
    queryKey: ['post-discharge'],
    queryFn: () => call(endpoints.hospitalizations.postDischarge, {}),
  });
}

/** After a change: the stays, the tasks (discharge tasks follow), the episode (whereabouts) and the caseload. */
function useRefresh(clientId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: hospitalizationsKey(clientId) }),
      queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      queryClient.invalidateQueries({ queryKey: ['episodes'] }),
      queryClient.invalidateQueries({ queryKey: ['caseload'] }),
      queryClient.invalidateQueries({ queryKey: ['post-discharge'] }),
    ]);
  };
}

export function useRecordHospitalization(clientId: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: (body: CreateHospitalizationBody) =>
      call(endpoints.hospitalizations.create, { params: { id: clientId }, body }),
    onSuccess: refresh,
  });
}

export function useUpdateHospitalization(clientId: string) {
  const refresh = useRefresh(clientId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateHospitalizationBody }) =>
      call(endpoints.hospitalizations.update, { params: { id }, body }),
    onSuccess: refresh,
  });
}
