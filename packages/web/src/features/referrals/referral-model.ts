import {
  ACTIVE_REFERRAL_STATUSES,
  REFERRAL_STATUS_RULES,
  ReferralStatuses,
  referralReasonRequired,
  referralStatusBody,
  staffNextStatuses,
  type ReferralStatus,
  type ReferralStatusBody,
  type ReferralView,
} from '@careloop/core';

/** What the status form holds while it is filled in (strings as the inputs give them). */
export interface StatusFormState {
  status: ReferralStatus | null;
  reason: string;
  appointmentDate: string;
  serviceProvided: string;
  waitlistPosition: number | '';
  onBehalfOfProvider: boolean;
}

export const EMPTY_STATUS_FORM: StatusFormState = {
  status: null,
  reason: '',
  appointmentDate: '',
  serviceProvided: '',
  waitlistPosition: '',
  onBehalfOfProvider: false,
};

/** Which extra fields a target status asks for. */
export interface StatusFields {
  reason: 'required' | 'optional';
  appointmentDate: boolean;
  serviceProvided: boolean;
  waitlistPosition: boolean;
  /** 'choice': staff may say they record the provider's answer; 'implied': only the provider sets it. */
  onBehalf: 'choice' | 'implied' | 'none';
}

const APPOINTMENT: readonly ReferralStatus[] = ['accepted', 'in-progress'];
const WAITLIST: readonly ReferralStatus[] = ['accepted', 'on-hold'];

/** The fields to show for a status; the reason rule and who sets it come from the core model. */
export function statusFields(to: ReferralStatus): StatusFields {
  const setBy = REFERRAL_STATUS_RULES[to].setBy;
  const byTarget = setBy.includes('target');
  const byRequester = setBy.includes('requester');
  return {
    reason: referralReasonRequired(to) ? 'required' : 'optional',
    appointmentDate: APPOINTMENT.includes(to),
    serviceProvided: to === 'completed',
    waitlistPosition: WAITLIST.includes(to),
    onBehalf: byTarget && byRequester ? 'choice' : byTarget ? 'implied' : 'none',
  };
}

/** The statuses staff may choose from the current one (the model's transitions, nothing else). */
export const statusChoices = (from: ReferralStatus): ReferralStatus[] => staffNextStatuses(from);

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The request body from the form: fields the chosen status does not ask for are left out. */
export function statusBodyOf(form: StatusFormState, version: number): ReferralStatusBody | null {
  if (!form.status) return null;
  const f = statusFields(form.status);
  return {
    status: form.status,
    reason: orNull(form.reason),
    ...(f.appointmentDate ? { appointmentDate: orNull(form.appointmentDate) } : {}),
    ...(f.serviceProvided ? { serviceProvided: orNull(form.serviceProvided) } : {}),
    ...(f.waitlistPosition ? { waitlistPosition: form.waitlistPosition === '' ? null : form.waitlistPosition } : {}),
    ...(f.onBehalf === 'choice' ? { onBehalfOfProvider: form.onBehalfOfProvider } : {}),
    version,
  };
}

/** Field messages from the core schema (the same zod the server validates with), keyed by field. */
export function statusFormErrors(form: StatusFormState, version: number): Record<string, string> {
  const body = statusBodyOf(form, version) ?? { status: undefined };
  const parsed = referralStatusBody.safeParse(body);
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? 'status');
    out[key] ??= issue.message;
  }
  return out;
}

const STATUS_ORDER = new Map(ReferralStatuses.map((s, i) => [s, i]));

interface BoardRow {
  id: string;
  status: ReferralStatus;
  followUpDue: boolean;
  statusChangedAt: string;
}

export interface BoardGroup<T extends BoardRow> {
  /** 'overdue' first, then one group per status in the model's order (active before closed). */
  key: 'overdue' | ReferralStatus;
  items: T[];
}

const byOldest = <T extends BoardRow>(a: T, b: T) => a.statusChangedAt.localeCompare(b.statusChangedAt);

/**
 * The board's groups: referrals with a follow-up due come first (oldest first), then the others by
 * status, active statuses before closed ones, each oldest first. Empty groups are left out.
 */
export function boardGroups<T extends BoardRow>(items: readonly T[]): BoardGroup<T>[] {
  const overdue = items.filter((i) => i.followUpDue).sort(byOldest);
  const rest = items.filter((i) => !i.followUpDue);
  const statuses = [...ReferralStatuses].sort((a, b) => {
    const activeA = ACTIVE_REFERRAL_STATUSES.includes(a) ? 0 : 1;
    const activeB = ACTIVE_REFERRAL_STATUSES.includes(b) ? 0 : 1;
    return activeA - activeB || STATUS_ORDER.get(a)! - STATUS_ORDER.get(b)!;
  });
  const groups: BoardGroup<T>[] = overdue.length ? [{ key: 'overdue', items: overdue }] : [];
  for (const s of statuses) {
    const inStatus = rest.filter((i) => i.status === s).sort(byOldest);
    if (inStatus.length) groups.push({ key: s, items: inStatus });
  }
  return groups;
}

/** A goal's referrals (goal ids stay the same across plan versions), newest first. */
export function referralsOfGoal(items: readonly ReferralView[], goalId: string): ReferralView[] {
  return items.filter((r) => r.goalId === goalId).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export type HistorySource = 'staff' | 'partner_link' | 'onBehalf';

/** Who answered: staff, the provider through its link, or staff recording the provider's answer. */
export function historySource(e: { source: 'staff' | 'partner_link'; onBehalfOfProvider: boolean }): HistorySource {
  if (e.source === 'partner_link') return 'partner_link';
  return e.onBehalfOfProvider ? 'onBehalf' : 'staff';
}

const ACCEPTED_ONWARD: readonly ReferralStatus[] = ['accepted', 'in-progress', 'on-hold', 'completed'];
const OPEN_AT_PROVIDER: readonly ReferralStatus[] = ['requested', 'accepted', 'in-progress', 'on-hold'];

/** The check-in applies once the provider accepted and a first appointment date is known. */
export function checkInApplies(r: Pick<ReferralView, 'appointmentDate' | 'status'>): boolean {
  return !!r.appointmentDate && ACCEPTED_ONWARD.includes(r.status);
}

/**
 * "Send to provider": a draft, or a referral still open at the provider whose link was revoked or
 * expired (sending again issues a new link).
 */
export function canSend(r: Pick<ReferralView, 'status' | 'partnerLinkActive'>): boolean {
  return r.status === 'draft' || (OPEN_AT_PROVIDER.includes(r.status) && !r.partnerLinkActive);
}
