import { CSSRS_SCREEN, PHQ9, scoreInstrument } from '@careloop/core';
import { describe, expect, it } from 'vitest';
import {
  askedItems,
  emptyAnswers,
  itemErrors,
  itemNumber,
  onlyItem9Left,
  setAnswer,
  toPayload,
} from './answers-model.js';

describe('C-SSRS skip logic in the form', () => {
  it('asks q3–q5 only after a yes to q2 and 6a only after a yes to q6', () => {
    let a = emptyAnswers(CSSRS_SCREEN);
    expect(askedItems(CSSRS_SCREEN, a).map((i) => i.code)).toEqual(['q1', 'q2', 'q6']);
    a = setAnswer(CSSRS_SCREEN, a, 'q2', true);
    expect(askedItems(CSSRS_SCREEN, a).map((i) => i.code)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    a = setAnswer(CSSRS_SCREEN, a, 'q6', true);
    expect(askedItems(CSSRS_SCREEN, a).map((i) => itemNumber(CSSRS_SCREEN, i.code))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '6a',
    ]);
  });

  it('clears answers that are no longer asked, so the server never gets a stale "no"', () => {
    let a = emptyAnswers(CSSRS_SCREEN);
    a = setAnswer(CSSRS_SCREEN, a, 'q2', true);
    a = setAnswer(CSSRS_SCREEN, a, 'q4', true);
    a = setAnswer(CSSRS_SCREEN, a, 'q2', false);
    expect(toPayload(CSSRS_SCREEN, a)).toEqual({
      q1: null,
      q2: false,
      q3: null,
      q4: null,
      q5: null,
      q6: null,
      q6Within3Months: null,
    });
    // The payload is one the engine accepts.
    expect(() => scoreInstrument('cssrs_screen', toPayload(CSSRS_SCREEN, a))).not.toThrow();
  });
});

describe('PHQ-9 payload and errors', () => {
  it('sends an array in item order with the difficulty question last', () => {
    let a = emptyAnswers(PHQ9);
    a = setAnswer(PHQ9, a, 'q9', 1);
    const payload = toPayload(PHQ9, a) as unknown[];
    expect(payload).toHaveLength(10);
    expect(payload[8]).toBe(1);
    expect(scoreInstrument('phq9', payload).flags).toContain('suicide_risk_followup');
  });

  it('maps indexed field errors to item codes', () => {
    expect(itemErrors(PHQ9, { 'answers.8': 'bad', answers: 'x' })).toEqual({ q9: 'bad' });
    expect(itemErrors(CSSRS_SCREEN, { 'answers.q3': 'skip' })).toEqual({ q3: 'skip' });
  });

  it('calls out a blank item 9 once it is the only scored item left', () => {
    let a = emptyAnswers(PHQ9);
    expect(onlyItem9Left(PHQ9, a)).toBe(false);
    for (const code of ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8']) a = setAnswer(PHQ9, a, code, 0);
    expect(onlyItem9Left(PHQ9, a)).toBe(true);
  });
});
