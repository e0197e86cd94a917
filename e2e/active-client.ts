import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { NEED_DOMAINS } from './need-domains.js';

export interface ActiveClient {
  clientId: string;
  mrn: string;
  episodeId: string;
  headers: Record<string, string>;
}

async function ok<T>(res: { status(): number; json(): Promise<unknown>; text(): Promise<string> }, status: number) {
  if (res.status() !== status) throw new Error(`expected ${status}, got ${res.status()}: ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * A client of the signed-in case manager taken to the active stage through the API: enrolled
 * (ICM unless told), screened, needs assessed with a tier, and a plan agreed verbally.
 */
export async function activeClient(
  page: Page,
  name: { firstName: string; lastName: string },
  programModel = 'intensive',
  /** The plan's one goal (a referral spec gives it a service category). */
  goal: Record<string, unknown> = { id: 'g1', clientWords: 'Keep my flat and stay well.' },
): Promise<ActiveClient> {
  const me = await ok<{ id: string; csrfToken: string }>(await page.request.get('/api/auth/me'), 200);
  const headers = { 'x-csrf-token': me.csrfToken };
  const client = await ok<{ id: string; mrn: string }>(
    await page.request.post('/api/clients', { data: { ...name, dateOfBirth: '1986-09-23' }, headers }),
    201,
  );
  const programs = await ok<{ items: { id: string; model: string }[] }>(await page.request.get('/api/programs'), 200);
  const program = programs.items.find((p) => p.model === programModel);
  let ep = await ok<{ id: string; version: number }>(
    await page.request.post(`/api/clients/${client.id}/episodes`, {
      data: { programId: program?.id, primaryCaseManagerId: me.id },
      headers,
    }),
    201,
  );
  const post = async (url: string, data: object, status = 200) =>
    ok<{ id: string; version: number }>(await page.request.post(url, { data, headers }), status);
  ep = await post(`/api/episodes/${ep.id}/screening`, { decision: 'eligible', reason: 'SMI.', version: ep.version });
  ep = await post(`/api/episodes/${ep.id}/stage`, { to: 'assessment', version: ep.version });
  const domains = Object.fromEntries(NEED_DOMAINS.map((d) => [d, { rating: 0 }]));
  await post(
    `/api/clients/${client.id}/needs-assessments`,
    { domains, present: [{ role: 'client' }], clientPriorities: 'Stay well.', status: 'completed' },
    201,
  );
  await post(`/api/clients/${client.id}/assessments`, { instrument: 'gad2', answers: [0, 0] }, 201);
  ep = await post(`/api/episodes/${ep.id}/stage`, { to: 'planning', version: ep.version });
  const draft = await post(`/api/episodes/${ep.id}/care-plans`, {}, 201);
  const saved = await ok<{ version: number }>(
    await page.request.put(`/api/care-plans/${draft.id}`, {
      data: { content: { goals: [goal] }, version: draft.version },
      headers,
    }),
    200,
  );
  await post(`/api/care-plans/${draft.id}/sign`, {
    clientAgreement: { method: 'verbal', verbalReason: 'Agreed in session (e2e).' },
    staffAttestation: true,
    version: saved.version,
  });
  ep = await post(`/api/episodes/${ep.id}/stage`, { to: 'active', version: ep.version });
  expect(ep.id).toBeTruthy();
  return { clientId: client.id, mrn: client.mrn, episodeId: ep.id, headers };
}
