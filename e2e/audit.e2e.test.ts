import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The e2e database is shared by every spec: a random suffix keeps this client unique. */
const suffix = Math.random().toString(36).slice(2, 8);

describe('audit log', () => {
  it('shows whom an event is about by name and MRN, with the id kept for investigators', async () => {
    // A case manager registers a client (an audited write about that client).
    const cm = await newPage(browser);
    await signInToShell(cm.page, 'case_manager@riverbend.example');
    const me = (await (await cm.page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const lastName = `Auditwell-${suffix}`;
    const created = await cm.page.request.post('/api/clients', {
      data: { firstName: 'Henrietta', lastName, dateOfBirth: '1961-12-01' },
      headers: { 'x-csrf-token': me.csrfToken },
    });
    expect(created.status()).toBe(201);
    const client = (await created.json()) as { id: string; mrn: string };
    expect(client.mrn).toMatch(/^\d{8}$/);
    await cm.context.close();

    const { context, page } = await newPage(browser);
    await signInToShell(page, 'admin@riverbend.example');
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Action' }).fill('client.create');
    await page.getByRole('button', { name: 'Search' }).click();
    const row = page.getByRole('row').filter({ hasText: lastName });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(`${lastName}, HenriettaMRN ${client.mrn}`); // name, then its MRN below
    expect(text).not.toContain(client.id.slice(0, 8));
    // The full id is a hover away (tooltip) and copyable.
    await row.getByRole('button', { name: `Copy the id of ${lastName}, Henrietta` }).hover();
    await page.getByRole('tooltip').filter({ hasText: client.id }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('finds the searches that showed a client by its id, with their details', async () => {
    const cm = await newPage(browser);
    await signInToShell(cm.page, 'case_manager@riverbend.example');
    const me = (await (await cm.page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const lastName = `Shownwell-${suffix}`;
    const created = await cm.page.request.post('/api/clients', {
      data: { firstName: 'Ingrid', lastName, dateOfBirth: '1959-05-17' },
      headers: { 'x-csrf-token': me.csrfToken },
    });
    const client = (await created.json()) as { id: string; mrn: string };
    const found = await cm.page.request.post('/api/clients/search', {
      data: { q: client.mrn },
      headers: { 'x-csrf-token': me.csrfToken },
    });
    expect(found.status()).toBe(200);
    await cm.context.close();

    const { context, page } = await newPage(browser);
    await signInToShell(page, 'privacy_officer@riverbend.example');
    await page.goto('/admin/audit');
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Action' }).fill('client.search');
    await page.getByRole('textbox', { name: 'Client id' }).fill(client.id);
    await page.getByRole('button', { name: 'Search' }).click();
    const row = page.getByRole('row').filter({ hasText: '1 client shown' }).first();
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('queryKind: mrn');
    expect(text).not.toContain(lastName);
    await expectAccessible(page);
    await context.close();
  });

  it("takes the privacy officer from an enumeration notice to that staff member's searches", async () => {
    const walker = await newPage(browser);
    await signInToShell(walker.page, 'peer_specialist@riverbend.example');
    const me = (await (await walker.page.request.get('/api/auth/me')).json()) as { csrfToken: string; id: string };
    // An alphabet walk: two-letter probes, one after another.
    for (const letter of 'abcdefghijklmnopq') {
      const res = await walker.page.request.post('/api/clients/search', {
        data: { q: `z${letter}` },
        headers: { 'x-csrf-token': me.csrfToken },
      });
      expect(res.status()).toBe(200);
    }
    await walker.context.close();

    const { context, page } = await newPage(browser);
    await signInToShell(page, 'privacy_officer@riverbend.example');
    await page.goto('/notifications');
    const notice = page.getByRole('button', { name: /Client searches walking the alphabet/ }).first();
    await notice.waitFor();
    await expectAccessible(page);
    await notice.click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Staff member id' }).inputValue()).toBe(me.id);
    await page.getByRole('row').filter({ hasText: 'client.search' }).first().waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'probeLength: 2' }).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await context.close();
  });
});
