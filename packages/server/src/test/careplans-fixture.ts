import { NeedDomains } from '@careloop/core';
import { expect } from 'vitest';
import { as, type Session, type TestApp } from './test-app.js';

export type Json = Record<string, unknown> & { id: string; version: number };
export type Call = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: unknown,
  s?: Session,
) => Promise<{ status: number; body: Json }>;

/** An inject helper bound to an app and a default session (both read when called). */
export function caller(app: () => TestApp, fallback: () => Session): Call {
  return async (method, url, payload, s = fallback()) => {
    const res = await app().app.inject({ method, url, headers: as(s), payload: payload as Record<string, unknown> });
    return { status: res.statusCode, body: res.json<Json>() };
  };
}

export const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const planGoal = (id: string, needDomains: string[], clientWords: string) => ({
  id,
  clientWords,
  needDomains,
  objectives: [{ id: `${id}-o1`, what: 'Apply', howMuch: 'one application', byWhen: '2027-01-31' }],
  interventions: [{ id: `${id}-i1`, what: 'Help with forms', responsibleKind: 'team_member', frequency: 'Weekly' }],
});

/**
 * A new client in the ICM program, assessed (housing rated 3, income 2) and in `planning`.
 * Returns the ids and the ICM program id.
 */
export async function planningEpisode(
  call: Call,
  cm: Session,
  lastName: string,
  // Another person for a second client in one file (the same name and birth date is a possible duplicate).
  person: { firstName: string; dateOfBirth: string } = { firstName: 'Philippa', dateOfBirth: '1988-08-08' },
) {
  const programs = await call('GET', '/api/programs');
  const icm = (programs.body.items as { id: string; model: string }[]).find((p) => p.model === 'intensive')!;
  const clientId = (await call('POST', '/api/clients', { ...person, lastName })).body.id;
  let ep = (
    await call('POST', `/api/clients/${clientId}/episodes`, { programId: icm.id, primaryCaseManagerId: cm.userId })
  ).body;
  ep = (
    await call('POST', `/api/episodes/${ep.id}/screening`, { decision: 'eligible', reason: 'SMI', version: ep.version })
  ).body;
  ep = (await call('POST', `/api/episodes/${ep.id}/stage`, { to: 'assessment', version: ep.version })).body;
  const ratings = Object.fromEntries(
    NeedDomains.map((d) => [d, { rating: d === 'housing' ? 3 : d === 'income_benefits' ? 2 : 0 }]),
  );
  await call('POST', `/api/clients/${clientId}/needs-assessments`, {
    status: 'completed',
    domains: ratings,
    present: [{ role: 'client' }],
    clientPriorities: 'A home',
  });
  await call('POST', `/api/clients/${clientId}/assessments`, { instrument: 'gad2', answers: [0, 1] });
  ep = (await call('POST', `/api/episodes/${ep.id}/stage`, { to: 'planning', version: ep.version })).body;
  expect(ep.stage).toBe('planning');
  return { clientId, episodeId: ep.id, programId: icm.id };
}
