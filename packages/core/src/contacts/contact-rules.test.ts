import { describe, expect, it } from 'vitest';
import { asksOutcome, isInFuture, isLateEntry, isSuccessfulContact, requiresOutcome } from './contact-rules.js';
import { ContactOutcomes, ContactTypes } from './contact.schemas.js';

const at = (iso: string) => new Date(iso);

describe('contact outcomes', () => {
  it('asks for an outcome only for calls and outreach attempts', () => {
    expect(asksOutcome('phone')).toBe(true);
    expect(asksOutcome('outreach_attempt')).toBe(true);
    expect(asksOutcome('home_visit')).toBe(false);
    expect(asksOutcome(null)).toBe(false);
  });

  it('requires one only for an outreach attempt, and only where it is asked', () => {
    for (const type of ContactTypes) {
      expect(requiresOutcome(type)).toBe(type === 'outreach_attempt');
      if (requiresOutcome(type)) expect(asksOutcome(type)).toBe(true);
    }
  });
});

describe('successful contacts', () => {
  it('counts a completed contact of every kind except collateral', () => {
    for (const type of ContactTypes) {
      expect(isSuccessfulContact(type, 'completed')).toBe(type !== 'collateral');
    }
  });

  it('never counts failed outreach, whatever the contact type', () => {
    for (const type of ContactTypes) {
      for (const outcome of ContactOutcomes.filter((o) => o !== 'completed')) {
        expect(isSuccessfulContact(type, outcome)).toBe(false);
      }
    }
  });
});

describe('late entries', () => {
  const occurred = at('2026-03-01T14:00:00Z');

  it('is on time up to and including 24 hours after the contact', () => {
    expect(isLateEntry(occurred, occurred)).toBe(false);
    expect(isLateEntry(occurred, at('2026-03-02T14:00:00Z'))).toBe(false);
  });

  it('is late from just past 24 hours', () => {
    expect(isLateEntry(occurred, at('2026-03-02T14:00:00.001Z'))).toBe(true);
    expect(isLateEntry(occurred, at('2026-03-05T09:00:00Z'))).toBe(true);
  });

  it('compares instants, not local days (a contact late in the evening entered next morning is on time)', () => {
    expect(isLateEntry(at('2026-03-01T23:30:00-05:00'), at('2026-03-02T09:00:00-05:00'))).toBe(false);
  });
});

describe('future contacts', () => {
  const now = at('2026-03-01T12:00:00Z');

  it('allows up to five minutes of clock drift', () => {
    expect(isInFuture(at('2026-03-01T12:05:00Z'), now)).toBe(false);
    expect(isInFuture(at('2026-03-01T11:00:00Z'), now)).toBe(false);
  });

  it('refuses anything later', () => {
    expect(isInFuture(at('2026-03-01T12:05:00.001Z'), now)).toBe(true);
    expect(isInFuture(at('2026-03-02T12:00:00Z'), now)).toBe(true);
  });
});
