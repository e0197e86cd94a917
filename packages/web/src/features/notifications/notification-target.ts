import type { NotificationView } from '@careloop/core';

/** Where a notification leads: the task, the co-sign queue, or the client's chart. */
export function notificationTarget(n: Pick<NotificationView, 'kind' | 'entityId' | 'clientId'>): string {
  switch (n.kind) {
    case 'due_today':
    case 'overdue':
      return n.entityId ? `/tasks/${n.entityId}` : '/tasks';
    case 'cosign_request':
      return '/cosign';
    case 'alert':
      return n.clientId ? `/clients/${n.clientId}` : '/caseload';
  }
}
