import type { NotificationListResponse, NotificationView } from '@careloop/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.js';

export const notificationsKey = (scope: 'bell' | 'all') => ['notifications', scope];

/**
 * The bell refreshes when the page regains focus and on navigation, never on a timer: a poll would
 * keep an idle session alive (the idle sign-out protects an unattended screen).
 */
export function useNotifications(scope: 'bell' | 'all') {
  return useQuery({
    queryKey: notificationsKey(scope),
    queryFn: () => api<NotificationListResponse>(`/api/notifications?limit=${scope === 'bell' ? 10 : 100}`),
    refetchOnWindowFocus: true,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<NotificationView>(`/api/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ updated: number }>('/api/notifications/read-all', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
