import { describe, expect, it } from 'vitest';
import { bodyFromValues, changedFields, emptyClientForm, formErrors } from './client-form-model.js';

describe('client form model', () => {
  it('builds a body with nulls for empty optional fields and no address when none was typed', () => {
    const body = bodyFromValues({ ...emptyClientForm, firstName: 'Ana', lastName: 'Ruiz', dateOfBirth: '1990-01-02' });
    expect(body).toMatchObject({ firstName: 'Ana', middleName: null, homeAddress: null, phones: [], identifiers: [] });
  });

  it('keeps phones and identifiers the form does not show when editing', () => {
    const original = {
      phones: [
        { type: 'mobile', number: '555-1', primary: true },
        { type: 'work', number: '555-2', primary: false },
      ],
      identifiers: [
        { type: 'medicaid', value: 'M1', issuer: null },
        { type: 'state_id', value: 'S1', issuer: null },
      ],
    } as never;
    const body = bodyFromValues(
      { ...emptyClientForm, firstName: 'A', lastName: 'B', phone: '555-9', medicaidId: 'M2' },
      original,
    );
    expect(body.phones.map((p) => p.number)).toEqual(['555-9', '555-2']);
    expect(body.identifiers.map((i) => i.value)).toEqual(['M2', 'S1']);
  });

  it('maps server field paths to form fields', () => {
    expect(
      formErrors({
        'phones.0.number': 'bad',
        'homeAddress.city': 'city',
        'identifiers.0.value': 'ssn',
        dateOfBirth: 'dob',
      }),
    ).toEqual({
      phone: 'bad',
      city: 'city',
      medicaidId: 'ssn',
      dateOfBirth: 'dob',
    });
  });

  it('lists changed fields', () => {
    expect(changedFields(emptyClientForm, { ...emptyClientForm, preferredName: 'X' })).toEqual(['preferredName']);
  });
});
