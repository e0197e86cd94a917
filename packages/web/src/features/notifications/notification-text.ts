import {
  FlagKinds,
  ReferralStatuses,
  TaskKinds,
  URGENCY_LIST,
  type NotificationView,
  type Urgency,
} from '@careloop/core';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

type Words = Pick<NotificationView, 'kind' | 'params' | 'client' | 'intake'>;

const ENUMERATION_SIGNALS: readonly string[] = ['volume', 'misses', 'alphabet_walk', 'dob_sweep', 'wide_harvest'];

const isOneOf = <T extends string>(list: readonly T[], v: string | undefined): v is T =>
  v !== undefined && (list as readonly string[]).includes(v);

const TEAM_CHANGES = ['member_added', 'member_ended', 'transfer', 'move'] as const;
const ADMIN_CHANGE_STATUSES = ['pending', 'applied', 'approved', 'rejected'] as const;

/** The referral's urgency: the intake's own (current) when named, else the one it was sent with. */
export function notificationUrgency(n: Pick<NotificationView, 'params' | 'intake'>): Urgency | null {
  const u = n.intake?.urgency ?? n.params.urgency;
  return isOneOf(URGENCY_LIST, u) ? u : null;
}

/** Red in the list: safety work that is late or new, and emergent referrals. */
export function isUrgentNotification(n: Pick<NotificationView, 'kind' | 'params' | 'intake'>): boolean {
  switch (n.kind) {
    case 'alert':
    case 'overdue':
    case 'escalation':
    case 'search_enumeration_suspected':
      return true;
    case 'new_referral':
      return notificationUrgency(n) === 'emergent';
    case 'due_today':
    case 'cosign_request':
    case 'task_assigned':
    case 'handoff_request':
    case 'closure_signoff':
    case 'sign_in_failures':
    case 'care_team_change':
    case 'referral_answer':
    case 'transition_check_in':
      return false;
    // An admin's own change applied without a second admin: the privacy officer should look.
    case 'admin_change':
      return n.params.status === 'applied';
  }
}

/** The task or flag a notification is about, by its code (a notification stores no free text). */
function what(n: Words, t: Translate): string {
  if (isOneOf(TaskKinds, n.params.taskKind)) return t(`risk.taskKinds.${n.params.taskKind}`);
  if (isOneOf(FlagKinds, n.params.flagKind)) return t(`risk.flagKinds.${n.params.flagKind}`);
  return n.params.flagKind ? t('notifications.someFlag') : t('notifications.someTask');
}

/** What happened, in words: the first line of a notification. */
export function notificationHeadline(n: Words, t: Translate): string {
  switch (n.kind) {
    case 'due_today':
    case 'overdue':
    case 'alert':
    case 'task_assigned':
      return t(`notifications.kinds.${n.kind}`, { what: what(n, t) });
    case 'escalation':
      return t(
        n.params.as === 'supervisor' || n.params.as === 'on_call'
          ? `notifications.kinds.escalation_${n.params.as}`
          : 'notifications.kinds.escalation',
        { what: what(n, t) },
      );
    case 'new_referral': {
      const urgency = notificationUrgency(n);
      return urgency && urgency !== 'routine'
        ? t('notifications.kinds.new_referral_urgency', { urgency: t(`notifications.urgency.${urgency}`) })
        : t('notifications.kinds.new_referral');
    }
    case 'cosign_request':
    case 'handoff_request':
    case 'closure_signoff':
      return t(`notifications.kinds.${n.kind}`);
    case 'sign_in_failures':
      return t(`notifications.kinds.sign_in_failures_${n.params.as === 'admin' ? 'admin' : 'owner'}`);
    case 'search_enumeration_suspected':
      return t(
        `notifications.enumeration.${n.params.signal && ENUMERATION_SIGNALS.includes(n.params.signal) ? n.params.signal : 'other'}`,
      );
    case 'care_team_change':
      return isOneOf(TEAM_CHANGES, n.params.change)
        ? t(`notifications.kinds.care_team_change_${n.params.change}`)
        : t('notifications.kinds.care_team_change');
    case 'admin_change':
      return isOneOf(ADMIN_CHANGE_STATUSES, n.params.status)
        ? t(`notifications.kinds.admin_change_${n.params.status}`)
        : t('notifications.kinds.admin_change');
    case 'referral_answer':
      return isOneOf(ReferralStatuses, n.params.status)
        ? t('notifications.kinds.referral_answer_status', {
            status: t(`notifications.referralStatus.${n.params.status}`),
          })
        : t('notifications.kinds.referral_answer');
    case 'transition_check_in':
      return t('notifications.kinds.transition_check_in');
  }
}

/**
 * Who it is about, when the server named them for this reader: the client ("Halloway, Wren · MRN
 * 000123"), or the referral ("R-000123 · Vega, Rosa · Emergent"). Null when the reader may not
 * see the name: the headline alone then says what it is.
 */
export function notificationSubject(n: Words, t: Translate): string | null {
  if (n.client) return t('notifications.aboutClient', { name: n.client.name, mrn: n.client.mrn });
  if (n.intake) {
    const urgency = notificationUrgency(n);
    return urgency
      ? t('notifications.aboutReferral', {
          reference: n.intake.reference,
          name: n.intake.name,
          urgency: t(`care.urgency.${urgency}`),
        })
      : t('notifications.aboutReferralNoUrgency', { reference: n.intake.reference, name: n.intake.name });
  }
  return null;
}
