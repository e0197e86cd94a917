import { endpoints, type ClientView, type MergedClientView } from '@careloop/core';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/endpoint-api.js';

export function useClient(id: string | undefined) {
  return useQuery({
    queryKey: ['client', id],
    queryFn: () => call(endpoints.clients.get, { params: { id: id ?? '' } }),
    enabled: !!id,
  });
}

export function isMerged(c: ClientView | MergedClientView | undefined): c is MergedClientView {
  return !!c && 'merged' in c;
}
