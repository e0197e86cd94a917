import { endpoints, type AdministrationMode, type InstrumentId } from '@careloop/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/endpoint-api.js';

export const instrumentKey = (id: InstrumentId | null) => ['instrument', id];
export const assessmentsKey = (clientId: string) => ['client-assessments', clientId];

export function useInstrument(id: InstrumentId | null) {
  return useQuery({
    queryKey: instrumentKey(id),
    queryFn: () =>
      id === null
        ? Promise.reject(new Error('No instrument.'))
        : call(endpoints.assessments.instrument, { params: { id } }),
    enabled: id !== null,
  });
}

export function useAssessments(clientId: string) {
  return useQuery({
    queryKey: assessmentsKey(clientId),
    queryFn: () => call(endpoints.assessments.list, { params: { id: clientId } }),
  });
}

/** The server is the scoring authority: the preview is its answer for exactly these answers. */
export function useScorePreview(id: InstrumentId, payload: unknown, enabled: boolean) {
  return useQuery({
    queryKey: ['instrument-score', id, JSON.stringify(payload)],
    queryFn: () => call(endpoints.assessments.scoreInstrument, { params: { id }, body: { answers: payload } }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
}

export interface SaveAssessmentBody {
  instrument: InstrumentId;
  answers: unknown;
  episodeId: string | null;
  mode: AdministrationMode;
}

/**
 * Saving may raise alerts, create tasks and change the risk tier: every query about this client
 * (the banner, alerts, risk panel) and every caseload view is refreshed, whoever owns it.
 */
export function useSaveAssessment(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveAssessmentBody) => call(endpoints.assessments.create, { params: { id: clientId }, body }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ predicate: (q) => q.queryKey.includes(clientId) }),
        queryClient.invalidateQueries({ queryKey: ['caseload'] }),
      ]);
    },
  });
}
