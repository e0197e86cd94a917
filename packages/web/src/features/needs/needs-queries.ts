import { endpoints } from '@careloop/core';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/endpoint-api.js';
import { needsKey } from '../risk/risk-queries.js';

export function useNeedsAssessments(clientId: string) {
  return useQuery({
    queryKey: needsKey(clientId),
    queryFn: () => call(endpoints.assessments.needsAssessments, { params: { id: clientId } }),
  });
}
