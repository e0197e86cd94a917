import { endpoints, type ServiceSearchQuery } from '@careloop/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../lib/endpoint-api.js';

export const directoryKeys = {
  all: ['directory'] as const,
  search: (q: ServiceSearchQuery) => ['directory', 'search', q] as const,
  service: (id: string) => ['directory', 'service', id] as const,
};

/** Directory search (no client data in it: the query may sit in a cache key). */
export function useServiceSearch(query: ServiceSearchQuery) {
  return useQuery({
    queryKey: directoryKeys.search(query),
    queryFn: () => call(endpoints.directory.search, { query }),
    placeholderData: keepPreviousData,
  });
}

export function useService(id: string) {
  return useQuery({
    queryKey: directoryKeys.service(id),
    queryFn: () => call(endpoints.directory.get, { params: { id } }),
  });
}

/** The export is a file download, not a JSON call. */
export const EXPORT_CSV_HREF = endpoints.directory.exportCsv.path;
