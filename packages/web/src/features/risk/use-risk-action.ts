import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../lib/api.js';
import { notify } from '../../components/notify.js';
import { useRefreshRisk } from './risk-queries.js';

/**
 * A change to a task, flag, tier or LOCUS: on success everything risk-related refreshes; on a
 * version conflict it refreshes too, so the user sees the current record and can try again.
 */
export function useRiskAction<TBody, TResult>(
  clientId: string,
  run: (body: TBody) => Promise<TResult>,
  options: { success?: (result: TResult) => string; onDone?: (result: TResult) => void } = {},
) {
  const refresh = useRefreshRisk(clientId);
  return useMutation({
    mutationFn: run,
    onSuccess: async (result) => {
      await refresh();
      if (options.success) notify(options.success(result));
      options.onDone?.(result);
    },
    onError: async (err) => {
      if (err instanceof ApiError && (err.code === 'version_conflict' || err.status === 409)) await refresh();
    },
  });
}
