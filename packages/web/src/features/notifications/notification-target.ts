import type { NotificationKind, NotificationView } from '@careloop/core';

type Pointer = Pick<NotificationView, 'kind' | 'entityType' | 'entityId' | 'clientId'> &
  Partial<Pick<NotificationView, 'params'>>;

const chart = (clientId: string, tab: string) => `/clients/${clientId}?tab=${tab}`;

/** Where a notification without a record to open (or a client to name) leads: the work list for its kind. */
function listFor(kind: NotificationKind): string {
  switch (kind) {
    case 'due_today':
    case 'overdue':
    case 'escalation':
    case 'task_assigned':
      return '/tasks';
    case 'cosign_request':
      return '/cosign';
    case 'new_referral':
      return '/intake';
    case 'closure_signoff':
      return '/supervision';
    case 'alert':
    case 'handoff_request':
    case 'care_team_change':
    case 'transition_check_in':
      return '/caseload';
    case 'sign_in_failures':
      return '/account';
    case 'search_enumeration_suspected':
      return '/admin/audit';
    case 'admin_change':
      return '/admin/approvals';
    case 'referral_answer':
      return '/referrals';
  }
}

/**
 * Where a notification leads, by the record it points at: the task, the chart's tab that shows the
 * note, flag or episode, or the referral. Ids only in the address (never a name).
 */
export function notificationTarget(n: Pointer): string {
  switch (n.entityType) {
    case 'care_task':
      return n.entityId ? `/tasks/${n.entityId}` : listFor(n.kind);
    case 'note':
      return n.clientId ? chart(n.clientId, 'contacts') : listFor(n.kind);
    case 'client_flag':
      return n.clientId ? chart(n.clientId, 'risk') : listFor(n.kind);
    case 'intake':
      return n.entityId ? `/intake/${n.entityId}` : listFor(n.kind);
    case 'episode':
      return n.clientId ? chart(n.clientId, 'episodes') : listFor(n.kind);
    case 'user':
      if (n.kind === 'search_enumeration_suspected') {
        // The staff member's searches in the audit view (the privacy officer's); ids only.
        return n.entityId
          ? `/admin/audit?${new URLSearchParams({ actor: n.entityId, action: 'client.search' }).toString()}`
          : listFor(n.kind);
      }
      // The owner checks their own sessions and password; an admin opens the staff list.
      return n.params?.as === 'admin' ? '/admin/users' : '/account';
    case 'admin_change':
    case 'referral':
      return listFor(n.kind);
    case null:
      return n.clientId && n.kind === 'alert' ? chart(n.clientId, 'risk') : listFor(n.kind);
  }
}
