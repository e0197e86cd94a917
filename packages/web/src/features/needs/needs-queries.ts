import type { NeedsAssessmentView } from '@careloop/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.js';
import { needsKey } from '../risk/risk-queries.js';

export function useNeedsAssessments(clientId: string) {
  return useQuery({
    queryKey: needsKey(clientId),
    queryFn: () => api<{ items: NeedsAssessmentView[] }>(`/api/clients/${clientId}/needs-assessments`),
  });
}
