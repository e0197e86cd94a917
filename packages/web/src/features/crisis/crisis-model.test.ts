import { describe, expect, it } from 'vitest';
import { crisisBody, emptyCrisisForm, toActions, toTriggers } from './crisis-model.js';

describe('crisis form model', () => {
  it('reads the wall time in the agency zone and blanks empty optional text', () => {
    const form = { ...emptyCrisisForm('2026-03-01T22:15', 'me'), triggers: toTriggers(['loss', 'nope']) };
    const body = crisisBody({ ...form, location: '  ', summary: 'Talked it through.' }, 'America/Chicago');
    expect(body.occurredAt).toBe('2026-03-02T04:15:00.000Z');
    expect(body.triggers).toEqual(['loss']);
    expect(body.location).toBeNull();
    expect(body.respondedByIds).toEqual(['me']);
  });
  it('keeps only known actions', () => {
    expect(toActions(['hospital', 'juggling'])).toEqual(['hospital']);
  });
});
