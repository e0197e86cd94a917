import { describe, expect, it } from 'vitest';
import { emptySelfReferral, missingFields, selfReferralBody } from './self-referral-model.js';

describe('self-referral body', () => {
  it('sends empty optional fields as null and omits an empty honeypot', () => {
    const body = selfReferralBody({ ...emptySelfReferral, firstName: ' Ana ', lastName: 'Ruiz' });
    expect(body).toEqual({
      firstName: 'Ana',
      lastName: 'Ruiz',
      dateOfBirth: null,
      phone: null,
      email: null,
      safeContactNote: null,
      safeNow: null,
      preferredLanguage: null,
      preferredContact: null,
      okToLeaveMessage: false,
      submittedBy: 'self',
      submitterName: null,
      needs: [],
      message: null,
    });
  });
  it('keeps the submitter name only when someone else fills in the form', () => {
    const v = { ...emptySelfReferral, firstName: 'A', lastName: 'B', submitterName: 'Mum' };
    expect(selfReferralBody(v).submitterName).toBeNull();
    expect(selfReferralBody({ ...v, submittedBy: 'family' }).submitterName).toBe('Mum');
  });
  it('passes a filled honeypot through so the server can discard the submission', () => {
    expect(selfReferralBody({ ...emptySelfReferral, website: 'http://spam' }).website).toBe('http://spam');
  });
  it('names missing required fields, and asks for a way to reach the person', () => {
    expect(missingFields(emptySelfReferral)).toEqual(['firstName', 'lastName', 'phone']);
    const named = { ...emptySelfReferral, firstName: 'A', lastName: 'B' };
    expect(missingFields(named)).toEqual(['phone']);
    expect(missingFields({ ...named, email: 'a@b.org' })).toEqual([]);
    expect(missingFields({ ...named, safeContactNote: 'Ask for me at the shelter desk' })).toEqual([]);
  });
  it('sends the safety answer as true, false or null, and the language', () => {
    const v = { ...emptySelfReferral, firstName: 'A', lastName: 'B', preferredLanguage: 'es' };
    expect(selfReferralBody({ ...v, safeNow: 'no' })).toMatchObject({ safeNow: false, preferredLanguage: 'es' });
    expect(selfReferralBody({ ...v, safeNow: 'yes' }).safeNow).toBe(true);
    expect(selfReferralBody({ ...v, safeNow: 'unsaid' }).safeNow).toBeNull();
  });
});
