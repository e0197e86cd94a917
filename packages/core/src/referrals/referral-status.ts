/**
 * The referral Task status model of the HL7 SDOH Clinical Care IG, STU 3 (CLINICAL.md §10.2):
 * every FHIR TaskStatus code except `ready` and `received`, the transitions of the IG's state
 * diagram, which side normally sets each status, and the reason rule. Versioned as data so a
 * later IG version is a new table, not an edit.
 */
export const ReferralStatuses = [
  'draft',
  'requested',
  'accepted',
  'rejected',
  'cancelled',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
  'entered-in-error',
] as const;
export type ReferralStatus = (typeof ReferralStatuses)[number];

/** Requester = the referring care team; target = the receiving provider. */
export const ReferralSides = ['requester', 'target'] as const;
export type ReferralSide = (typeof ReferralSides)[number];

interface StatusRule {
  /** Which side normally sets it (the IG table). */
  readonly setBy: readonly ReferralSide[];
  /** The statuses it may move to (the IG state diagram). */
  readonly next: readonly ReferralStatus[];
  readonly terminal: boolean;
  /** `statusReason.text` is expected for these (rejected, cancelled, on-hold, failed). */
  readonly reasonRequired: boolean;
}

export const REFERRAL_MODEL_VERSION = 'sdohcc-stu3-3.0.0' as const;

const EIE = 'entered-in-error' as const;

/** The IG's table and diagram; "any → entered-in-error" includes the terminal states. */
export const REFERRAL_STATUS_RULES: Readonly<Record<ReferralStatus, StatusRule>> = {
  draft: { setBy: ['requester'], next: ['requested', EIE], terminal: false, reasonRequired: false },
  requested: {
    setBy: ['requester'],
    next: ['accepted', 'rejected', 'cancelled', EIE],
    terminal: false,
    reasonRequired: false,
  },
  accepted: {
    setBy: ['target'],
    next: ['in-progress', 'on-hold', 'completed', 'failed', 'cancelled', EIE],
    terminal: false,
    reasonRequired: false,
  },
  rejected: { setBy: ['target'], next: [EIE], terminal: true, reasonRequired: true },
  cancelled: { setBy: ['requester', 'target'], next: [EIE], terminal: true, reasonRequired: true },
  'in-progress': {
    setBy: ['target'],
    next: ['completed', 'failed', 'cancelled', 'on-hold', EIE],
    terminal: false,
    reasonRequired: false,
  },
  'on-hold': {
    setBy: ['target'],
    next: ['in-progress', 'completed', 'failed', 'cancelled', EIE],
    terminal: false,
    reasonRequired: true,
  },
  failed: { setBy: ['target'], next: [EIE], terminal: true, reasonRequired: true },
  completed: { setBy: ['target'], next: [EIE], terminal: true, reasonRequired: false },
  [EIE]: { setBy: ['requester'], next: [], terminal: true, reasonRequired: false },
};

/** A referral starts as a draft, or goes straight to `requested` when sent at once. */
export const REFERRAL_INITIAL_STATUSES = ['draft', 'requested'] as const satisfies readonly ReferralStatus[];

export const isTerminalReferralStatus = (s: ReferralStatus): boolean => REFERRAL_STATUS_RULES[s].terminal;

export const referralReasonRequired = (s: ReferralStatus): boolean => REFERRAL_STATUS_RULES[s].reasonRequired;

/** Open referrals (not terminal): what the duplicate check and the monitoring look at. */
export const ACTIVE_REFERRAL_STATUSES: readonly ReferralStatus[] = ReferralStatuses.filter(
  (s) => !REFERRAL_STATUS_RULES[s].terminal,
);

export const canMoveReferral = (from: ReferralStatus, to: ReferralStatus): boolean =>
  REFERRAL_STATUS_RULES[from].next.includes(to);

/** Where a change comes from: care-team staff in the app, or the provider through its link. */
export const ReferralChangeSources = ['staff', 'partner_link'] as const;
export type ReferralChangeSource = (typeof ReferralChangeSources)[number];

export type ReferralTransitionDecision =
  | {
      allowed: true;
      /** Staff recorded the provider's answer for it (e.g. after a phone call). */ onBehalfOfProvider: boolean;
    }
  | { allowed: false; code: 'invalid_transition' | 'not_your_status' | 'reason_required' };

export interface ReferralTransitionRequest {
  from: ReferralStatus;
  to: ReferralStatus;
  source: ReferralChangeSource;
  reason?: string | null;
  /** Staff say they record the provider's answer; implied when only the provider sets the status. */
  onBehalfOfProvider?: boolean;
}

/**
 * Decides one change. The partner link may set only the receiving provider's statuses; staff may
 * set any status the model allows, and a provider's status set by staff is marked as recorded on
 * its behalf.
 */
export function decideReferralTransition(req: ReferralTransitionRequest): ReferralTransitionDecision {
  if (!canMoveReferral(req.from, req.to)) return { allowed: false, code: 'invalid_transition' };
  const setBy = REFERRAL_STATUS_RULES[req.to].setBy;
  if (referralReasonRequired(req.to) && !req.reason?.trim()) return { allowed: false, code: 'reason_required' };
  switch (req.source) {
    case 'partner_link':
      return setBy.includes('target')
        ? { allowed: true, onBehalfOfProvider: false }
        : { allowed: false, code: 'not_your_status' };
    case 'staff': {
      const providerOnly = !setBy.includes('requester');
      return {
        allowed: true,
        onBehalfOfProvider: providerOnly || (req.onBehalfOfProvider === true && setBy.includes('target')),
      };
    }
  }
}

/** What the provider may choose next on its page (its own statuses the model allows). */
export function partnerNextStatuses(from: ReferralStatus): ReferralStatus[] {
  return REFERRAL_STATUS_RULES[from].next.filter((s) => REFERRAL_STATUS_RULES[s].setBy.includes('target'));
}

/** What staff may choose next (every status the model allows). */
export function staffNextStatuses(from: ReferralStatus): ReferralStatus[] {
  return [...REFERRAL_STATUS_RULES[from].next];
}
