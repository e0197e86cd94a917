import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

type Visit = { hoursAgo: number; type: string; outcome: string };
const THREE_FAILED: Visit[] = [50, 26, 2].map((hoursAgo) => ({
  hoursAgo,
  type: 'outreach_attempt',
  outcome: 'no_answer',
}));

/** A new weekly (ICM) client of the signed-in case manager, with these contacts logged. */
async function clientWithContacts(
  page: Page,
  lastName: string,
  visits: Visit[] = THREE_FAILED,
  // Distinct people: the same first name and birth date would be held as a likely duplicate.
  person = { firstName: 'Rowan', dateOfBirth: '1983-05-17' },
) {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { id: string; csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const created = await page.request.post('/api/clients', {
    data: { ...person, lastName },
    headers,
  });
  expect(created.status()).toBe(201);
  const client = (await created.json()) as { id: string };
  const programs = (await (await page.request.get('/api/programs')).json()) as {
    items: { id: string; model: string }[];
  };
  const enrolled = await page.request.post(`/api/clients/${client.id}/episodes`, {
    data: { programId: programs.items.find((p) => p.model === 'intensive')?.id, primaryCaseManagerId: me.id },
    headers,
  });
  expect(enrolled.status()).toBe(201);
  for (const { hoursAgo, type, outcome } of visits) {
    const res = await page.request.post(`/api/clients/${client.id}/contacts`, {
      data: {
        type,
        outcome,
        occurredAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
        durationMinutes: 5,
      },
      headers,
    });
    expect(res.status()).toBe(201);
  }
  return client.id;
}

describe('engagement and whereabouts', () => {
  it('flags a disengaged client on the caseload and chart, and records a hospital stay as in-reach', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const clientId = await clientWithContacts(page, 'Fairweather-Oduya');

    await page.goto('/caseload');
    await page.getByRole('searchbox', { name: 'Filter by name or MRN' }).fill('Fairweather');
    const row = page.getByRole('table', { name: 'Clients on the caseload' }).locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    await row.getByText('Disengaged', { exact: true }).waitFor();
    await expectAccessible(page);

    await page.goto(`/clients/${clientId}`);
    const banner = page.getByRole('region', { name: 'Client summary' });
    await banner.getByText('Disengaged', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Episodes' }).click();
    const episode = page.getByRole('article', { name: 'Intensive Case Management' });
    await episode.getByText('In the community', { exact: true }).waitFor();
    await episode.getByRole('combobox', { name: 'Where the client is' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'In hospital' }).click();
    await expectAccessible(page);
    await episode.getByRole('button', { name: 'Save whereabouts' }).click();
    await episode.getByText(/^In hospital since /).waitFor();
    await episode.getByText(/contacts are in-reach visits/).waitFor();

    await page.getByRole('link', { name: 'Caseload' }).click();
    await page.getByRole('searchbox', { name: 'Filter by name or MRN' }).fill('Fairweather');
    await expect.poll(() => row.count()).toBe(1);
    await row.getByText('In hospital (in-reach)').waitFor();
    expect(await row.textContent()).not.toMatch(/overdue by/);
    await context.close();
  });

  it('shows a weekly client last seen 8 days ago as overdue, and one seen 6 days ago as on time', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const seen = (days: number): Visit[] => [{ hoursAgo: days * 24 + 1, type: 'face_to_face', outcome: 'completed' }];
    await clientWithContacts(page, 'Eightdays-Lindqvist', seen(8), { firstName: 'Maren', dateOfBirth: '1971-02-09' });
    await clientWithContacts(page, 'Sixdays-Holmberg', seen(6), { firstName: 'Tobias', dateOfBirth: '1990-11-23' });
    await page.goto('/caseload');
    const rows = page.getByRole('table', { name: 'Clients on the caseload' }).locator('tbody tr');
    await page.getByRole('searchbox', { name: 'Filter by name or MRN' }).fill('Eightdays');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.getByText(/overdue by [12] days?/).waitFor();
    await page.getByRole('searchbox', { name: 'Filter by name or MRN' }).fill('Sixdays');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.getByText('Sixdays-Holmberg', { exact: false }).waitFor();
    expect(await rows.textContent()).not.toMatch(/overdue by/);
    await context.close();
  });

  it('a supervisor sees the disengaged clients with the reason', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'supervisor@riverbend.example');
    await page.getByRole('link', { name: 'Supervision' }).click();
    await page.getByRole('heading', { level: 2, name: 'Disengaged clients' }).waitFor();
    const table = page.getByRole('table', { name: 'Disengaged clients' });
    const row = table.getByRole('row').filter({ hasText: 'Fairweather-Oduya, Rowan' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Failed outreach attempts in a row');
    expect(await row.textContent()).toContain('Casey Manager');
    await expectAccessible(page);
    await context.close();
  });
});
