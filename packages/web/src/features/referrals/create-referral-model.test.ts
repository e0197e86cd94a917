import { describe, expect, it } from 'vitest';
import {
  createBodyOf,
  createFormErrors,
  duplicateQueryKey,
  duplicateQueryOf,
  initialCreateForm,
  type CreateForm,
} from './create-referral-model.js';

const SERVICE_ID = '6f1c1d7e-7a55-4b8e-9a43-2d1b1f0b1c11';

describe('initialCreateForm', () => {
  it("prefills the goal's category and its assessed needs (known domains only)", () => {
    const form = initialCreateForm({ goalId: 'g1', category: 'housing', needs: ['housing', 'nonsense'] }, true);
    expect(form).toMatchObject({ category: 'housing', needs: ['housing'], providerKind: 'directory' });
    expect(initialCreateForm({}, false)).toMatchObject({ category: null, needs: [], providerKind: 'adHoc' });
  });
});

const filled = (over: Partial<CreateForm> = {}): CreateForm => ({
  ...initialCreateForm({ category: 'housing' }, false),
  reason: ' Needs stable housing ',
  adHoc: { name: ' Harbor Housing ', contactName: '', phone: '555-0100', email: '', address: '' },
  ...over,
});

describe('createBodyOf', () => {
  it('sends an ad-hoc provider with blanks as null, the goal and episode, no contact preferences unless chosen', () => {
    expect(createBodyOf(filled(), { goalId: 'g1', episodeId: SERVICE_ID })).toEqual({
      provider: { name: 'Harbor Housing', contactName: null, phone: '555-0100', email: null, address: null },
      category: 'housing',
      reason: 'Needs stable housing',
      needs: [],
      goalId: 'g1',
      episodeId: SERVICE_ID,
    });
  });
  it('sends the directory service id, and the contact preferences when a method is chosen', () => {
    const body = createBodyOf(
      filled({
        providerKind: 'directory',
        service: { id: SERVICE_ID, name: 'Shelter' },
        contactMethod: 'phone',
        contactValue: '555-0199',
        bestTimes: 'mornings',
      }),
      {},
    );
    expect(body).toMatchObject({
      serviceId: SERVICE_ID,
      contactPreferences: { method: 'phone', value: '555-0199', bestTimes: 'mornings', notes: null },
    });
    expect(body).not.toHaveProperty('provider');
  });
});

describe('createFormErrors', () => {
  it('is empty for a complete form', () => {
    expect(createFormErrors(filled(), {})).toEqual({});
  });
  it('names the missing category, reason, provider name, or directory service', () => {
    expect(Object.keys(createFormErrors(filled({ category: null, reason: ' ' }), {})).sort()).toEqual([
      'category',
      'reason',
    ]);
    const noName = filled({ adHoc: { ...filled().adHoc, name: '' } });
    expect(createFormErrors(noName, {})).toHaveProperty(['provider.name']);
    expect(createFormErrors(filled({ providerKind: 'directory' }), {})).toHaveProperty('serviceId');
  });
  it('checks the e-mail address', () => {
    const bad = filled({ adHoc: { ...filled().adHoc, email: 'not-an-address' } });
    expect(createFormErrors(bad, {})).toHaveProperty(['provider.email']);
  });
});

describe('duplicateQueryOf', () => {
  it('compares the category and the provider chosen', () => {
    expect(duplicateQueryOf(filled())).toEqual({ category: 'housing', providerName: 'Harbor Housing' });
    expect(duplicateQueryOf(filled({ providerKind: 'directory', service: { id: SERVICE_ID, name: 'x' } }))).toEqual({
      category: 'housing',
      serviceId: SERVICE_ID,
    });
    expect(duplicateQueryOf(filled({ category: null }))).toBeNull();
    expect(duplicateQueryKey(duplicateQueryOf(filled()))).not.toBe(
      duplicateQueryKey(duplicateQueryOf(filled({ category: 'food' }))),
    );
  });
});
