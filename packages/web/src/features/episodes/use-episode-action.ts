import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../lib/api.js';
import { notify } from '../../components/notify.js';
import { useRefreshEpisodes } from './care-queries.js';

/**
 * A change to an episode: on success the client's episodes and caseloads refresh; on a version
 * conflict they refresh too, so the user sees what changed and can try again on current data.
 */
export function useEpisodeAction<TBody, TResult>(
  clientId: string,
  run: (body: TBody) => Promise<TResult>,
  options: { success?: (result: TResult) => string; onDone?: (result: TResult) => void } = {},
) {
  const refresh = useRefreshEpisodes(clientId);
  return useMutation({
    mutationFn: run,
    onSuccess: async (result) => {
      await refresh();
      if (options.success) notify(options.success(result));
      options.onDone?.(result);
    },
    onError: async (err) => {
      if (err instanceof ApiError && err.code === 'version_conflict') await refresh();
    },
  });
}

export interface Unmet {
  id: string;
  message: string;
}

/** The conditions the server says are still unmet (409 stage_blocked). */
export function unmetFrom(error: unknown): Unmet[] | null {
  if (!(error instanceof ApiError) || error.code !== 'stage_blocked') return null;
  const list = error.details.unmet;
  return Array.isArray(list) ? (list as Unmet[]) : [];
}
