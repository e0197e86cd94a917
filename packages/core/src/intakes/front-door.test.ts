import { describe, expect, it } from 'vitest';
import { selfReferralBody } from './intake.schemas.js';
import { hasCrisisLanguage, selfReferralTriage } from './front-door.js';

describe('crisis language', () => {
  it.each([
    'I keep thinking about suicide',
    'I want to KILL MYSELF',
    'some days I just want to end it all',
    "I can't go on like this",
    'I have been cutting myself',
    'thinking of an overdose',
    'Quiero morir',
    'pienso en quitarme la vida',
    'He pensado en suicidarme',
    'I feel like hurting myself',
  ])('recognises "%s"', (text) => {
    expect(hasCrisisLanguage(text)).toBe(true);
  });

  it.each([
    'I need help with housing and my lease will end my tenancy',
    'This wait is killing me',
    'I need food and a bus pass',
    '',
  ])('does not alarm on "%s"', (text) => {
    expect(hasCrisisLanguage(text)).toBe(false);
  });
});

describe('self-referral triage', () => {
  const quiet = { safeNow: true, needs: ['housing'], message: 'Looking for housing help' };
  it('is routine without a sign', () => {
    expect(selfReferralTriage(quiet)).toEqual({ urgency: 'routine', reasons: [] });
    expect(selfReferralTriage({ ...quiet, safeNow: null }).urgency).toBe('routine');
  });
  it('is emergent on any sign, with every reason kept', () => {
    expect(selfReferralTriage({ ...quiet, safeNow: false })).toEqual({
      urgency: 'emergent',
      reasons: ['not_safe_now'],
    });
    expect(selfReferralTriage({ ...quiet, needs: ['crisis_response'] }).reasons).toEqual(['crisis_need']);
    expect(
      selfReferralTriage({ safeNow: false, needs: ['crisis_response'], message: 'I want to die' }).reasons,
    ).toEqual(['not_safe_now', 'crisis_need', 'crisis_language']);
  });
});

describe('self-referral form', () => {
  const base = { firstName: 'Ana', lastName: 'Ruiz' };
  it('needs at least one way to reach the person', () => {
    const r = selfReferralBody.safeParse(base);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['phone']);
    expect(selfReferralBody.safeParse({ ...base, phone: '', email: '' }).success).toBe(false);
    expect(selfReferralBody.safeParse({ ...base, phone: '555 010 2000' }).success).toBe(true);
    expect(selfReferralBody.safeParse({ ...base, email: 'ana@example.org' }).success).toBe(true);
    expect(selfReferralBody.safeParse({ ...base, safeContactNote: 'Ask for Ana at the shelter desk' }).success).toBe(
      true,
    );
  });
  it('takes the safety answer and a language code', () => {
    const r = selfReferralBody.parse({ ...base, email: 'a@b.org', safeNow: false, preferredLanguage: 'es' });
    expect(r).toMatchObject({ safeNow: false, preferredLanguage: 'es' });
    expect(selfReferralBody.safeParse({ ...base, email: 'a@b.org', preferredLanguage: 'Spanish!' }).success).toBe(
      false,
    );
  });
});
