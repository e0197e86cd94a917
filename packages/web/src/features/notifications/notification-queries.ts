import { endpoints } from '@careloop/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/endpoint-api.js';

export const notificationsKey = (scope: 'bell' | 'all') => ['notifications', scope];

/**
 * The bell refreshes when the page regains focus and on navigation, never on a timer: a poll would
 * keep an idle session alive (the idle sign-out protects an unattended screen).
 */
export function useNotifications(scope: 'bell' | 'all') {
  return useQuery({
    queryKey: notificationsKey(scope),
    queryFn: () => call(endpoints.notifications.list, { query: { limit: scope === 'bell' ? 10 : 100 } }),
    refetchOnWindowFocus: true,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(endpoints.notifications.read, { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(endpoints.notifications.readAll),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
