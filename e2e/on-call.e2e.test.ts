import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';
import { chooseOption } from './combobox.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const LAST = 'Nightcaller';
const PURPOSE = 'Crisis line call after hours: client distressed';

describe('on call', () => {
  it('lets the on-call worker open the crisis view of a client not on their caseload, audited with its purpose', async () => {
    // An ACT client held by the case manager (not on the peer specialist's caseload).
    const setup = await newPage(browser);
    await signInToShell(setup.page, 'case_manager@riverbend.example');
    const me = (await (await setup.page.request.get('/api/auth/me')).json()) as { id: string; csrfToken: string };
    const headers = { 'x-csrf-token': me.csrfToken };
    const client = (await (
      await setup.page.request.post('/api/clients', {
        data: { firstName: 'Robin', lastName: LAST, dateOfBirth: '1984-11-03' },
        headers,
      })
    ).json()) as { id: string };
    const programs = (await (await setup.page.request.get('/api/programs')).json()) as {
      items: { id: string; model: string }[];
    };
    const enrolled = await setup.page.request.post(`/api/clients/${client.id}/episodes`, {
      data: { programId: programs.items.find((p) => p.model === 'act')?.id, primaryCaseManagerId: me.id },
      headers,
    });
    expect(enrolled.status()).toBe(201);
    await setup.context.close();

    // The demo puts the peer specialist on the ACT on-call shift now.
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'peer_specialist@riverbend.example');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'On call' }).click();
    await page.getByRole('heading', { name: 'On call', level: 1 }).waitFor();
    const now = page.getByRole('table', { name: 'On call now' });
    await now.getByRole('row').filter({ hasText: 'Pat Peer' }).filter({ hasText: 'Riverbend ACT Team' }).waitFor();
    await expectAccessible(page);

    // Find the client among the on-call program's clients and open the crisis view.
    await page.getByRole('textbox', { name: 'Search' }).fill(LAST);
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: `Open the crisis view of ${LAST}, Robin` }).click();
    await page.waitForURL(`**/on-call/clients/${client.id}`);
    await page.getByRole('heading', { name: 'Why are you opening this chart?' }).waitFor();
    await expectAccessible(page);
    // No purpose, no view.
    await page.getByRole('button', { name: 'Show crisis view' }).click();
    await page.getByText(/Say why you are opening this chart/).waitFor();
    await page.getByRole('textbox', { name: 'Purpose' }).fill(PURPOSE);
    await page.getByRole('button', { name: 'Show crisis view' }).click();
    await page.getByRole('heading', { name: `${LAST}, Robin` }).waitFor();
    await page
      .getByRole('region', { name: 'Care team' })
      .getByText(/Casey Manager/)
      .waitFor();
    await page.getByText('Shown because you are on call for this client’s program.').waitFor();
    // The purpose stayed out of the URL.
    expect(page.url()).not.toContain('Crisis');
    await expectAccessible(page);

    // The full chart stays closed to the shift.
    const chart = await page.request.get(`/api/clients/${client.id}`);
    expect(chart.status()).toBe(403);
    await context.close();

    // The privacy officer finds the access in the audit log with its purpose.
    const audit = await newPage(browser);
    await signInToShell(audit.page, 'privacy_officer@riverbend.example');
    const res = await audit.page.request.get(`/api/audit?action=client.crisis_view&clientId=${client.id}`);
    expect(res.status()).toBe(200);
    const rows = ((await res.json()) as { items: { purpose: string | null; actorName: string | null }[] }).items;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ purpose: PURPOSE, actorName: 'Pat Peer' });
    await audit.context.close();

    // Coverage: the supervisor has the peer specialist cover the case manager today; the client
    // shows on the peer's caseload with the badge and the chart opens; ending it closes it again.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date());
    const sup = await newPage(browser);
    await signInToShell(sup.page, 'supervisor@riverbend.example');
    await sup.page.goto('/on-call');
    const form = sup.page.getByRole('form', { name: 'Arrange coverage' });
    await chooseOption(sup.page, 'Covered', 'Casey Manager', form);
    await chooseOption(sup.page, 'Covering', 'Pat Peer', form);
    await form.getByLabel('From').fill(today);
    await form.getByLabel('Until (inclusive)').fill(today);
    await form.getByRole('button', { name: 'Arrange coverage' }).click();
    const coverage = sup.page.getByRole('table', { name: 'Caseload coverage' });
    await coverage.getByRole('row').filter({ hasText: 'Pat Peer' }).getByText('In force').waitFor();
    await expectAccessible(sup.page);

    const cover = await newPage(browser);
    await signInToShell(cover.page, 'peer_specialist@riverbend.example');
    await cover.page.goto('/caseload');
    await cover.page.getByRole('searchbox', { name: 'Filter by name or MRN' }).fill(LAST);
    const row = cover.page.getByRole('table', { name: 'Clients on the caseload' }).locator('tbody tr');
    await row.getByText('Covering for Casey Manager').waitFor();
    await expectAccessible(cover.page);
    expect((await cover.page.request.get(`/api/clients/${client.id}`)).status()).toBe(200);

    await coverage
      .getByRole('row')
      .filter({ hasText: 'Pat Peer' })
      .getByRole('button', { name: 'End the coverage of Casey Manager' })
      .click();
    await coverage.getByRole('row').filter({ hasText: 'Pat Peer' }).waitFor({ state: 'detached' });
    expect((await cover.page.request.get(`/api/clients/${client.id}`)).status()).toBe(403);
    await sup.context.close();
    await cover.context.close();
  }, 240_000);
});
