import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../lib/api.js';
import { notify } from '../../components/notify.js';
import { useRefreshTasks } from './task-queries.js';

/**
 * A change to a task: on success every task list refreshes; on a conflict (someone changed or
 * closed it first) they refresh too, so the user sees the current task and can try again.
 */
export function useTaskAction<TBody, TResult>(
  clientId: string | null | undefined,
  run: (body: TBody) => Promise<TResult>,
  options: { success?: (result: TResult) => string; onDone?: (result: TResult) => void } = {},
) {
  const refresh = useRefreshTasks();
  return useMutation({
    mutationFn: run,
    onSuccess: async (result) => {
      await refresh(clientId);
      if (options.success) notify(options.success(result));
      options.onDone?.(result);
    },
    onError: async (err) => {
      if (err instanceof ApiError && err.status === 409) await refresh(clientId);
    },
  });
}
