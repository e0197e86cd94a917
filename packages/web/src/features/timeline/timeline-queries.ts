import { endpoints, type TimelineKind } from '@careloop/core';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../lib/endpoint-api.js';

const PAGE = 50;

/** The client's timeline for the chosen kinds, older pages on demand (cursor from the server). */
export function useTimeline(clientId: string, kinds: readonly TimelineKind[]) {
  const filter = [...kinds].sort().join(',');
  return useInfiniteQuery({
    queryKey: ['timeline', clientId, filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      call(endpoints.timeline.timeline, {
        params: { id: clientId },
        query: { kinds: filter, limit: PAGE, before: pageParam || undefined },
      }),
    getNextPageParam: (last) => last.nextBefore,
    enabled: kinds.length > 0,
    // A new filter keeps the current entries on screen until its own arrive (no flash of empty).
    placeholderData: keepPreviousData,
  });
}
