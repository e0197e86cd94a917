import { describe, expect, it } from 'vitest';
import { findUnstorableText, unstorableTextReason } from './storable-text.js';

describe('unstorableTextReason', () => {
  it('accepts ordinary text, accents, emoji (a paired surrogate) and an empty string', () => {
    for (const s of ['', 'Ana María', 'José 😀 ok', '日本語', 'tab\tand\nnewline']) {
      expect(unstorableTextReason(s)).toBeNull();
    }
  });

  it('refuses NUL anywhere', () => {
    expect(unstorableTextReason('\u0000')).toBe('nul');
    expect(unstorableTextReason('Ana\u0000Doe')).toBe('nul');
  });

  it('refuses a high surrogate without its low half, and a low one without its high half', () => {
    expect(unstorableTextReason('a\uD83Db')).toBe('lone_surrogate');
    expect(unstorableTextReason('\uD83D')).toBe('lone_surrogate');
    expect(unstorableTextReason('a\uDE00')).toBe('lone_surrogate');
    expect(unstorableTextReason('\uDE00\uD83D')).toBe('lone_surrogate'); // reversed pair
  });
});

describe('findUnstorableText', () => {
  it('names every bad field by its dotted path, in arrays and nested objects', () => {
    const body = { firstName: 'Ok', goals: [{ text: 'fine' }, { text: 'bad\u0000' }], meta: { note: 'x\uD800' } };
    expect(findUnstorableText(body)).toEqual([
      { path: 'goals.1.text', reason: 'nul' },
      { path: 'meta.note', reason: 'lone_surrogate' },
    ]);
  });

  it('finds a bad object key and a bare bad string', () => {
    expect(findUnstorableText({ 'k\u0000': 1 })).toEqual([{ path: '(key)', reason: 'nul' }]);
    expect(findUnstorableText('\u0000')).toEqual([{ path: '', reason: 'nul' }]);
  });

  it('ignores numbers, booleans and null, and stops at the limit', () => {
    expect(findUnstorableText({ a: 1, b: true, c: null })).toEqual([]);
    expect(
      findUnstorableText(
        Array.from({ length: 50 }, () => '\u0000'),
        3,
      ),
    ).toHaveLength(3);
  });
});
