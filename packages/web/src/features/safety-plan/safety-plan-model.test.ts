import { safetyPlanContent } from '@careloop/core';
import { describe, expect, it } from 'vitest';
import { bodyFromForm, formFromPlan } from './safety-plan-model.js';

const lifeline = { name: '988 Suicide & Crisis Lifeline', role: 'Call or text, 24/7', phone: '988' };

describe('safety plan form model', () => {
  it('starts a new plan with the crisis lines in the professionals section', () => {
    const form = formFromPlan(null, [lifeline]);
    expect(form.professionalContacts).toEqual([lifeline]);
    expect(form.warningSigns).toEqual([]);
  });

  it('drops blank rows, trims and nulls empty optional fields, and the body passes the core schema', () => {
    const form = formFromPlan(null, [lifeline]);
    form.warningSigns = [{ text: '  Not sleeping ' }, { text: '' }];
    form.helpContacts = [{ name: 'Mum', relationship: '', phone: '555-0100' }, { name: ' ' }];
    form.environmentSafety = [{ means: 'Pills', plan: 'Locked box', responsiblePerson: '', byDate: '2026-12-10' }];
    const body = bodyFromForm(form);
    expect(body.warningSigns).toEqual(['Not sleeping']);
    expect(body.helpContacts).toEqual([{ name: 'Mum', relationship: null, phone: '555-0100' }]);
    expect(body.environmentSafety).toEqual([
      { means: 'Pills', plan: 'Locked box', responsiblePerson: null, byDate: '2026-12-10', completedOn: null },
    ]);
    expect(safetyPlanContent.safeParse(body).success).toBe(true);
  });
});
