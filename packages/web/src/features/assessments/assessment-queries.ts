import type {
  AdministrationMode,
  AssessmentResultView,
  InstrumentDefinition,
  InstrumentId,
  ScoreView,
} from '@careloop/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.js';

export const instrumentKey = (id: InstrumentId | null) => ['instrument', id];
export const assessmentsKey = (clientId: string) => ['client-assessments', clientId];

export function useInstrument(id: InstrumentId | null) {
  return useQuery({
    queryKey: instrumentKey(id),
    queryFn: () => api<InstrumentDefinition>(`/api/instruments/${id ?? ''}`),
    enabled: id !== null,
  });
}

export function useAssessments(clientId: string) {
  return useQuery({
    queryKey: assessmentsKey(clientId),
    queryFn: () => api<{ items: AssessmentResultView[] }>(`/api/clients/${clientId}/assessments`),
  });
}

/** The server is the scoring authority: the preview is its answer for exactly these answers. */
export function useScorePreview(id: InstrumentId, payload: unknown, enabled: boolean) {
  return useQuery({
    queryKey: ['instrument-score', id, JSON.stringify(payload)],
    queryFn: () => api<ScoreView>(`/api/instruments/${id}/score`, { method: 'POST', body: { answers: payload } }),
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
    mutationFn: (body: SaveAssessmentBody) =>
      api<AssessmentResultView>(`/api/clients/${clientId}/assessments`, { method: 'POST', body }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ predicate: (q) => q.queryKey.includes(clientId) }),
        queryClient.invalidateQueries({ queryKey: ['caseload'] }),
      ]);
    },
  });
}
