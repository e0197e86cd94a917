import { addHours } from 'date-fns';
import { isClientContact, type CadenceContact } from './contact-kinds.js';

/** `failed_outreach`: the last N attempts in a row failed; `no_contact`: none succeeded for 2 windows. */
export const DisengagementReasons = ['failed_outreach', 'no_contact'] as const;
export type DisengagementReason = (typeof DisengagementReasons)[number];

/** Failed outreach attempts in a row that mean the client is drifting away (CLINICAL.md §5.2b). */
export const DEFAULT_FAILED_IN_A_ROW = 3;
/** No successful contact for this many cadence windows. */
export const NO_CONTACT_WINDOWS = 2;

export interface DisengagementInput {
  /** Non-voided contacts of the episode (at least the latest `failedInARow` and the latest success). */
  contacts: readonly CadenceContact[];
  /** The client's contact-rule window in days (after risk tightening). */
  windowDays: number;
  openedAt: Date;
  now: Date;
  failedInARow?: number;
}

export interface Disengagement {
  disengaged: boolean;
  reasons: DisengagementReason[];
  /** When it began: the first failed attempt of the run, or the end of the second empty window. */
  since: Date | null;
}

export function detectDisengagement(input: DisengagementInput): Disengagement {
  const n = Math.max(1, input.failedInARow ?? DEFAULT_FAILED_IN_A_ROW);
  const withClient = input.contacts
    .filter((c) => isClientContact(c.type))
    .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
  const found: { reason: DisengagementReason; since: Date }[] = [];

  const latest = withClient.slice(0, n);
  const oldestOfRun = latest[n - 1];
  if (oldestOfRun && latest.every((c) => !c.successful)) {
    found.push({ reason: 'failed_outreach', since: oldestOfRun.occurredAt });
  }

  const lastSuccess = withClient.find((c) => c.successful)?.occurredAt ?? input.openedAt;
  const threshold = addHours(lastSuccess, 24 * NO_CONTACT_WINDOWS * input.windowDays);
  if (input.now.getTime() >= threshold.getTime()) found.push({ reason: 'no_contact', since: threshold });

  const since = found.reduce<Date | null>((min, f) => (min === null || f.since < min ? f.since : min), null);
  return { disengaged: found.length > 0, reasons: found.map((f) => f.reason), since };
}
