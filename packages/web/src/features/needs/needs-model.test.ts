import { NeedDomains, type NeedsAssessmentView } from '@careloop/core';
import { describe, expect, it } from 'vitest';
import { domainError, draftFromView, emptyDraft, sortAssessments, toBody } from './needs-model.js';

function view(patch: Partial<NeedsAssessmentView>): NeedsAssessmentView {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    clientId: '00000000-0000-4000-8000-000000000002',
    status: 'draft',
    domains: {},
    present: [],
    clientPriorities: '',
    overallStrengths: null,
    actionable: [],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    completedAt: null,
    completedByName: null,
    version: 1,
    ...patch,
  };
}

describe('needs assessment form model', () => {
  it('sends every domain, unrated ones as null, and only the roles that took part', () => {
    const draft = emptyDraft();
    draft.domains.housing = { rating: 3, clientWords: ' I sleep in my car ', strengths: '' };
    draft.present = { client: '', family: ' Rosa (sister) ' };
    draft.clientPriorities = ' A place to live ';
    const body = toBody(draft, 'draft');
    expect(Object.keys(body.domains)).toHaveLength(NeedDomains.length);
    expect(body.domains.housing).toEqual({ rating: 3, clientWords: 'I sleep in my car', strengths: null });
    expect(body.domains.food).toEqual({ rating: null, clientWords: null, strengths: null });
    expect(body.present).toEqual([{ role: 'client' }, { role: 'family', name: 'Rosa (sister)' }]);
    expect(body.clientPriorities).toBe('A place to live');
    expect(body).not.toHaveProperty('version');
    expect(toBody(draft, 'completed', 4)).toMatchObject({ status: 'completed', version: 4 });
  });

  it('keeps a rating of 0 (no need) apart from not rated, and round-trips a saved draft', () => {
    const v = view({
      domains: { food: { rating: 0, clientWords: null }, legal: { rating: null, strengths: 'Has a lawyer' } },
      present: [{ role: 'client' }, { role: 'case_manager', name: 'Casey' }],
      clientPriorities: 'Work',
      overallStrengths: 'Determined',
    });
    const d = draftFromView(v);
    expect(d.domains.food.rating).toBe(0);
    expect(d.domains.legal).toEqual({ rating: null, clientWords: '', strengths: 'Has a lawyer' });
    expect(d.present).toEqual({ client: '', case_manager: 'Casey' });
    expect(toBody(d, 'draft').domains.food?.rating).toBe(0);
  });

  it('finds the server message for a domain and sorts newest first', () => {
    expect(domainError({ 'domains.housing.rating': 'Rate housing' }, 'housing')).toBe('Rate housing');
    expect(domainError({ 'domains.housing.rating': 'Rate housing' }, 'food')).toBeUndefined();
    const older = view({ id: '00000000-0000-4000-8000-000000000003', completedAt: '2026-01-02T00:00:00Z' });
    const newer = view({ updatedAt: '2026-02-01T00:00:00Z' });
    expect(sortAssessments([older, newer]).map((a) => a.id)).toEqual([newer.id, older.id]);
  });
});
