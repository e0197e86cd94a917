import { CSSRS_SCREEN } from '@careloop/core';
import { describe, expect, it } from 'vitest';
import { emptyScreen, firstContactPayload, isAsked } from './first-contact-model.js';

const at = '2026-03-01T10:00:00.000Z';

describe('first-contact screen payload', () => {
  it('sends PHQ-2 numbers and C-SSRS answers, with items not asked as null', () => {
    const body = firstContactPayload(
      { ...emptyScreen, phq2: ['1', '2'], cssrs: { q1: 'yes', q2: 'no', q3: 'yes', q6: 'no' } },
      CSSRS_SCREEN.items,
      at,
    );
    expect(body).toMatchObject({ at, method: 'phone', phq2: [1, 2] });
    // q3 was answered before q2 changed to no: not asked now, so it goes as null, not "yes".
    expect((body as { cssrs: Record<string, boolean | null> }).cssrs).toEqual({
      q1: true,
      q2: false,
      q3: null,
      q4: null,
      q5: null,
      q6: false,
      q6Within3Months: null,
    });
  });

  it('sends the reason instead of answers when the screen was not done', () => {
    expect(
      firstContactPayload({ ...emptyScreen, notScreened: true, notScreenedReason: ' No privacy ' }, [], at),
    ).toEqual({ at, method: 'phone', notScreenedReason: 'No privacy', note: null });
  });

  it('asks the gated items only after the gate answer', () => {
    const q3 = CSSRS_SCREEN.items.find((i) => i.code === 'q3')!;
    expect(isAsked(q3, {})).toBe(false);
    expect(isAsked(q3, { q2: 'yes' })).toBe(true);
  });
});
