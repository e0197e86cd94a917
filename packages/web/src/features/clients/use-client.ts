import type { ClientView, MergedClientView } from '@careloop/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.js';

export function useClient(id: string | undefined) {
  return useQuery({
    queryKey: ['client', id],
    queryFn: () => api<ClientView | MergedClientView>(`/api/clients/${id}`),
    enabled: !!id,
  });
}

export function isMerged(c: ClientView | MergedClientView | undefined): c is MergedClientView {
  return !!c && 'merged' in c;
}
