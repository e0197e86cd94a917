import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { NEED_DOMAINS } from './need-domains.js';

/** The e2e database is shared by every spec: a random suffix keeps each client unique. */
export const suffix = Math.random().toString(36).slice(2, 8);

const RATINGS: Record<string, number> = { housing: 3, income_benefits: 2, mental_health_symptoms: 1 };

export type Episode = { id: string; version: number; stage: string };

/**
 * A client in planning (ICM unless another program is named), with a completed needs assessment
 * with two actionable needs (housing, income) and a risk tier, all through the API. The client
 * speaks Spanish unless another language is named (their printed plan is then in Spanish).
 */
export async function clientInPlanning(
  page: Page,
  firstName = 'Anouk',
  dateOfBirth = '1979-03-14',
  programId?: string,
  preferredLanguage = 'es',
) {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { id: string; csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const created = await page.request.post('/api/clients', {
    data: { firstName, lastName: `Planner-${suffix}`, dateOfBirth, preferredLanguage },
    headers,
  });
  expect(created.status()).toBe(201);
  const client = (await created.json()) as { id: string; mrn: string };
  const programs = (await (await page.request.get('/api/programs')).json()) as {
    items: { id: string; model: string }[];
  };
  const icm = programs.items.find((p) => p.model === 'intensive');
  const enrolled = await page.request.post(`/api/clients/${client.id}/episodes`, {
    data: { programId: programId ?? icm?.id, primaryCaseManagerId: me.id },
    headers,
  });
  expect(enrolled.status()).toBe(201);
  let episode = (await enrolled.json()) as Episode;
  const screened = await page.request.post(`/api/episodes/${episode.id}/screening`, {
    data: { decision: 'eligible', reason: 'Meets SMI criteria.', version: episode.version },
    headers,
  });
  expect(screened.status()).toBe(200);
  episode = (await screened.json()) as Episode;
  const toAssessment = await page.request.post(`/api/episodes/${episode.id}/stage`, {
    data: { to: 'assessment', version: episode.version },
    headers,
  });
  expect(toAssessment.status()).toBe(200);
  episode = (await toAssessment.json()) as Episode;
  const domains = Object.fromEntries(
    NEED_DOMAINS.map((d) => [d, { rating: RATINGS[d] ?? 0, strengths: d === 'housing' ? 'Knows the shelters' : null }]),
  );
  const needs = await page.request.post(`/api/clients/${client.id}/needs-assessments`, {
    data: { domains, present: [{ role: 'client' }], clientPriorities: 'A place of my own.', status: 'completed' },
    headers,
  });
  expect(needs.status()).toBe(201);
  const gad2 = await page.request.post(`/api/clients/${client.id}/assessments`, {
    data: { instrument: 'gad2', answers: [1, 0], mode: 'clinician' },
    headers,
  });
  expect(gad2.status()).toBe(201);
  const toPlanning = await page.request.post(`/api/episodes/${episode.id}/stage`, {
    data: { to: 'planning', version: episode.version },
    headers,
  });
  expect(toPlanning.status()).toBe(200);
  return { clientId: client.id, mrn: client.mrn, episodeId: episode.id, headers };
}

export async function openPlanTab(page: Page, clientId: string) {
  await page.goto(`/clients/${clientId}`);
  await page.getByRole('region', { name: 'Client summary' }).waitFor();
  await page.getByRole('tab', { name: 'Care plan' }).click();
  await page.getByRole('heading', { level: 2, name: 'Care plan' }).waitFor();
}

/** Draws a zig-zag in the signature box with the mouse (pointer events). */
export async function signOnScreen(page: Page, scope: Locator) {
  const pad = scope.getByRole('img', { name: 'Client signature' });
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature pad');
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) {
    await page.mouse.move(box.x + 20 + i * 25, box.y + box.height / 2 + (i % 2 ? -30 : 30), { steps: 3 });
  }
  await page.mouse.up();
  await scope.getByText('Signature captured.').waitFor();
}
