import { endpoints, type TaskList } from '@careloop/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { call } from '../../lib/endpoint-api.js';
import { alertsKey } from '../risk/risk-queries.js';

/** Every task query starts with 'tasks', so one invalidation refreshes all lists. */
export const taskListKey = (list: TaskList) => ['tasks', list];
export const clientTasksKey = (clientId: string) => ['tasks', 'client', clientId];
export const taskKey = (id: string) => ['tasks', 'detail', id];

export function useTaskList(list: TaskList, enabled = true) {
  return useQuery({
    queryKey: taskListKey(list),
    queryFn: () => call(endpoints.tasks[list]),
    enabled,
  });
}

export function useClientTasks(clientId: string) {
  return useQuery({
    queryKey: clientTasksKey(clientId),
    queryFn: () => call(endpoints.tasks.clientTasks, { params: { id: clientId } }),
  });
}

export function useTask(id: string) {
  return useQuery({ queryKey: taskKey(id), queryFn: () => call(endpoints.tasks.get, { params: { id } }) });
}

/** After any task change: every task list, the task, and the client's alerts (which list tasks too). */
export function useRefreshTasks() {
  const queryClient = useQueryClient();
  return useCallback(
    async (clientId?: string | null) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['tasks'] }),
        queryClient.invalidateQueries({ queryKey: ['notifications'] }),
        clientId ? queryClient.invalidateQueries({ queryKey: alertsKey(clientId) }) : Promise.resolve(),
      ]);
    },
    [queryClient],
  );
}
