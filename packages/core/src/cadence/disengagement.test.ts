import { describe, expect, it } from 'vitest';
import type { CadenceContact } from './contact-kinds.js';
import { detectDisengagement } from './disengagement.js';

const DAY = 86_400_000;
const now = new Date('2026-11-20T15:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY);
const ok = (days: number, type = 'phone'): CadenceContact => ({ occurredAt: ago(days), type, successful: true });
const failed = (days: number, type = 'outreach_attempt'): CadenceContact => ({
  occurredAt: ago(days),
  type,
  successful: false,
});
const detect = (contacts: CadenceContact[], extra: { failedInARow?: number; openedAt?: Date } = {}) =>
  detectDisengagement({ contacts, windowDays: 7, openedAt: ago(100), now, ...extra });

describe('detectDisengagement: failed outreach in a row', () => {
  it('three failed attempts as the latest contacts -> disengaged since the first of them', () => {
    const r = detect([ok(6), failed(3), failed(2, 'phone'), failed(1)]);
    expect(r).toEqual({ disengaged: true, reasons: ['failed_outreach'], since: ago(3) });
  });

  it('two failed attempts are not enough; a success in between breaks the run', () => {
    expect(detect([ok(6), failed(2), failed(1)]).disengaged).toBe(false);
    expect(detect([failed(4), failed(3), ok(2), failed(1)]).disengaged).toBe(false);
  });

  it('collateral contacts are not contact with the client and do not break or make a run', () => {
    expect(detect([ok(6), failed(3), failed(2), { ...ok(1), type: 'collateral' }, failed(0)]).reasons).toEqual([
      'failed_outreach',
    ]);
    expect(detect([ok(6), failed(2), failed(1), { ...failed(0), type: 'collateral' }]).disengaged).toBe(false);
  });

  it('takes the agency’s number of attempts', () => {
    expect(detect([ok(6), failed(2), failed(1)], { failedInARow: 2 }).reasons).toEqual(['failed_outreach']);
    expect(detect([ok(6), failed(3), failed(2), failed(1)], { failedInARow: 4 }).disengaged).toBe(false);
  });
});

describe('detectDisengagement: no successful contact for two windows', () => {
  it('exactly 2 × the window since the last success -> disengaged; a moment less -> not', () => {
    expect(detect([ok(14)])).toEqual({ disengaged: true, reasons: ['no_contact'], since: now });
    const justUnder = { occurredAt: new Date(ago(14).getTime() + 1), type: 'phone', successful: true };
    expect(detect([justUnder]).disengaged).toBe(false);
  });

  it('counts from the opening when there has been no successful contact', () => {
    expect(detect([], { openedAt: ago(13) }).disengaged).toBe(false);
    expect(detect([], { openedAt: ago(15) })).toEqual({ disengaged: true, reasons: ['no_contact'], since: ago(1) });
  });

  it('failed attempts and collateral contacts do not reset the clock; both reasons can hold', () => {
    const r = detect([ok(20), { ...ok(1), type: 'collateral' }, failed(5), failed(4), failed(3)]);
    expect(r.reasons).toEqual(['failed_outreach', 'no_contact']);
    expect(r.since).toEqual(ago(6)); // the earlier: 20 days ago + 14
  });
});
