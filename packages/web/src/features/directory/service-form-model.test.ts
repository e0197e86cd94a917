import { describe, expect, it } from 'vitest';
import { checkForm, emptyForm } from './service-form-model.js';

describe('service form model', () => {
  it('starts verified today with open capacity', () => {
    expect(emptyForm('2026-05-01')).toMatchObject({ capacityStatus: 'open', lastVerifiedOn: '2026-05-01', name: '' });
  });
  it('checks with the shared schema and names fields as the server does', () => {
    const r = checkForm({ ...emptyForm('2026-05-01'), minAge: 'x', latitude: '41' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fields)).toEqual(
      expect.arrayContaining(['name', 'organizationName', 'category', 'eligibility.minAge']),
    );
  });
  it('builds a body with lists and numbers', () => {
    const r = checkForm({
      ...emptyForm('2026-05-01'),
      name: 'Pantry',
      organizationName: 'Food Bank',
      category: 'food',
      languages: 'English, Spanish',
      minAge: '18',
    });
    expect(r.ok && r.body).toMatchObject({ languages: ['English', 'Spanish'], eligibility: { minAge: 18 } });
  });
});
