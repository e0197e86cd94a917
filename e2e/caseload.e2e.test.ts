import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';
import { NEED_DOMAINS } from './need-domains.js';
import { chooseOption } from './combobox.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The signed-in user's id and CSRF token, for API calls made with the page's session. */
async function session(page: Page): Promise<{ id: string; csrf: string }> {
  const res = await page.request.get('/api/auth/me');
  const me = (await res.json()) as { id: string; csrfToken: string };
  return { id: me.id, csrf: me.csrfToken };
}

/** Registers a client and enrols them in the ICM program with the signed-in user as primary case manager. */
async function registerAndEnrol(page: Page, firstName: string, lastName: string, dateOfBirth: string) {
  const { id, csrf } = await session(page);
  const headers = { 'x-csrf-token': csrf };
  const created = await page.request.post('/api/clients', { data: { firstName, lastName, dateOfBirth }, headers });
  expect(created.status()).toBe(201);
  const client = (await created.json()) as { id: string; mrn: string };
  const programs = (await (await page.request.get('/api/programs')).json()) as {
    items: { id: string; model: string }[];
  };
  const icm = programs.items.find((p) => p.model === 'intensive');
  expect(icm).toBeDefined();
  const enrolled = await page.request.post(`/api/clients/${client.id}/episodes`, {
    data: { programId: icm?.id, primaryCaseManagerId: id },
    headers,
  });
  expect(enrolled.status()).toBe(201);
  const episode = (await enrolled.json()) as { id: string; version: number };
  return { clientId: client.id, mrn: client.mrn, episodeId: episode.id, version: episode.version, csrf };
}

/** What the stage guard needs to leave assessment: a completed needs assessment and a risk tier. */
async function completeAssessmentViaApi(page: Page, clientId: string, csrf: string) {
  const headers = { 'x-csrf-token': csrf };
  const domains = Object.fromEntries(NEED_DOMAINS.map((d) => [d, { rating: 0 }]));
  const needs = await page.request.post(`/api/clients/${clientId}/needs-assessments`, {
    data: { domains, present: [{ role: 'client' }], clientPriorities: 'Stay well.', status: 'completed' },
    headers,
  });
  expect(needs.status()).toBe(201);
  // Any stored result sets a tier.
  const gad2 = await page.request.post(`/api/clients/${clientId}/assessments`, {
    data: { instrument: 'gad2', answers: [0, 0] },
    headers,
  });
  expect(gad2.status()).toBe(201);
}

/** What the stage guard needs to leave planning: a care plan the client agreed to (verbal here). */
async function agreePlanViaApi(page: Page, clientId: string, programName: string, csrf: string) {
  const headers = { 'x-csrf-token': csrf };
  const episodes = (await (await page.request.get(`/api/clients/${clientId}/episodes`)).json()) as {
    items: { id: string; programName: string; stage: string }[];
  };
  const episode = episodes.items.find((e) => e.programName === programName && e.stage !== 'closed');
  expect(episode).toBeTruthy();
  const draft = (await (
    await page.request.post(`/api/episodes/${episode?.id ?? ''}/care-plans`, { data: {}, headers })
  ).json()) as { id: string; version: number };
  const saved = await page.request.put(`/api/care-plans/${draft.id}`, {
    data: { content: { goals: [{ id: 'g1', clientWords: 'Stay well and keep my flat.' }] }, version: draft.version },
    headers,
  });
  expect(saved.status()).toBe(200);
  const { version } = (await saved.json()) as { version: number };
  const signed = await page.request.post(`/api/care-plans/${draft.id}/sign`, {
    data: {
      clientAgreement: { method: 'verbal', verbalReason: 'Agreed in session (e2e).' },
      staffAttestation: true,
      version,
    },
    headers,
  });
  expect(signed.status()).toBe(200);
}

async function columnTexts(page: Page, index: number): Promise<string[]> {
  const rows = page.getByRole('table', { name: 'Clients on the caseload' }).locator('tbody tr');
  return rows.evaluateAll((trs, i) => trs.map((tr) => tr.children[i]?.textContent?.trim() ?? ''), index);
}

describe('caseload and episodes of care', () => {
  it('a case manager lands on the caseload, sorts, filters and opens a chart', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/caseload');
    const table = page.getByRole('table', { name: 'Clients on the caseload' });
    await table.waitFor();
    const total = await table.locator('tbody tr').count();
    expect(total).toBeGreaterThanOrEqual(10);
    expect(await page.getByText(`${total} clients`, { exact: true }).count()).toBe(1);
    // Seeded clients past their cadence are flagged in text, not only colour.
    expect(await table.getByText(/overdue by \d+ days?/).count()).toBeGreaterThan(0);
    // The risk tier is shown in words; other specs may have assessed some clients of this shared caseload.
    for (const tier of await columnTexts(page, 4)) {
      expect(['Not assessed', 'Low', 'Moderate', 'High', 'Imminent']).toContain(tier);
    }
    await expectAccessible(page);

    // Sorting: the header button toggles the direction and aria-sort follows.
    const nameHeader = table.getByRole('columnheader', { name: 'Name' });
    await table.getByRole('button', { name: 'Name' }).click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const lastNames = async () => (await columnTexts(page, 0)).map((n) => n.split(',')[0] ?? '');
    const ascending = await lastNames();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
    await table.getByRole('button', { name: 'Name' }).click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await lastNames()).toEqual([...ascending].reverse());

    // Filters: text (MRN), program, overdue only.
    const mrn = (await columnTexts(page, 1))[0] ?? '';
    await page.getByRole('searchbox', { name: 'Filter by name or MRN' }).fill(mrn);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Filter by name or MRN' }).fill('');
    await chooseOption(page, 'Program', 'Intensive Case Management');
    await expect.poll(() => table.locator('tbody tr').count()).toBeLessThan(total);
    for (const program of await columnTexts(page, 2)) expect(program).toContain('Intensive Case Management');
    await chooseOption(page, 'Program', 'All programs');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(total);
    await page.getByRole('checkbox', { name: 'Overdue only' }).check();
    await expect.poll(() => table.locator('tbody tr').count()).toBeLessThan(total);
    // Each row says what is late: the contact or the plan review, a referral follow-up, an advocacy deadline.
    const rowTexts = await table.locator('tbody tr').allTextContents();
    for (const row of rowTexts) expect(row).toMatch(/overdue by|Referral follow-up due|Advocacy deadline passed/);
    await expectAccessible(page);

    // One click to the chart.
    await table.getByRole('link').first().click();
    await page.getByRole('region', { name: 'Client summary' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/clients\/[0-9a-f-]{36}$/);
    await context.close();
  });

  it('guards stage changes, records history and keeps a care team', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const c = await registerAndEnrol(page, 'Theodora', 'Wexley-Marsh', '1979-03-14');

    // An illegal stage change is refused with the unmet conditions listed.
    const refused = await page.request.post(`/api/episodes/${c.episodeId}/stage`, {
      data: { to: 'assessment', version: c.version },
      headers: { 'x-csrf-token': c.csrf },
    });
    expect(refused.status()).toBe(409);
    const body = (await refused.json()) as { error: { code: string; details: { unmet: { id: string }[] } } };
    expect(body.error.code).toBe('stage_blocked');
    expect(body.error.details.unmet.map((u) => u.id)).toContain('screening_decided');

    await page.goto(`/clients/${c.clientId}`);
    await page.getByRole('tab', { name: 'Episodes' }).click();
    await page.getByRole('heading', { name: 'Intensive Case Management' }).waitFor();
    // The blocked move is shown before anyone tries it, with the reason.
    expect(await page.getByRole('radio', { name: 'Assessment' }).isDisabled()).toBe(true);
    await page.getByText('Record a screening with an eligibility decision.').first().waitFor();
    await expectAccessible(page);

    await page.getByRole('radio', { name: 'Eligible', exact: true }).check();
    await page
      .getByRole('textbox', { name: 'Reason for the decision' })
      .fill('Meets SMI criteria; recent hospitalisation.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Assessment' }).isDisabled()).toBe(false);
    await page.getByRole('radio', { name: 'Assessment' }).check();
    await page.getByRole('textbox', { name: 'Reason for the change' }).fill('Screened eligible; assessment booked.');
    await page.getByRole('button', { name: 'Change stage' }).click();
    const history = page.getByRole('table', { name: 'Stage history' });
    await history.getByText('Screened eligible; assessment booked.').waitFor();
    expect(await history.textContent()).toContain('Screening → Assessment');
    expect(await history.textContent()).toContain('Casey Manager');

    // An external care-team member with contact details.
    await page.getByRole('button', { name: 'Add member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a care team member' });
    await dialog.getByRole('radio', { name: 'External member' }).check();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Dr. Imani Okafor');
    await dialog.getByRole('textbox', { name: 'Organization' }).fill('Riverbend Family Clinic');
    await dialog.getByRole('textbox', { name: 'Phone' }).fill('555-201-3344');
    await chooseOption(page, 'Role', 'Primary care provider', dialog);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Add member' }).click();
    const team = page.getByRole('table', { name: 'Care team members' });
    await team.getByText('Dr. Imani Okafor').waitFor();
    expect(await team.textContent()).toContain('Primary care provider');
    expect(await team.textContent()).toContain('555-201-3344');
    await dialog.waitFor({ state: 'hidden' });
    await expectAccessible(page);

    // The new client is on Casey's caseload with the next contact due.
    await page.getByRole('link', { name: 'Caseload' }).click();
    await page.getByRole('searchbox', { name: 'Filter by name or MRN' }).fill('Wexley');
    const row = page.getByRole('table', { name: 'Clients on the caseload' }).locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(c.mrn);
    expect(text).toContain('Assessment');
    expect(text).toContain('None yet');
    expect(text).toMatch(/[A-Z][a-z]{2} \d{1,2}, \d{4}/);
    expect(text).toContain('Primary');
    await context.close();
  });

  it('enrols from the chart, moves to another program with a hand-off, closes and reassigns', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const { csrf } = await session(page);
    const created = await page.request.post('/api/clients', {
      data: { firstName: 'Oluwaseun', lastName: 'Brightwater', dateOfBirth: '1991-06-27' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(created.status()).toBe(201);
    const client = (await created.json()) as { id: string };
    await page.goto(`/clients/${client.id}`);
    await page.getByRole('tab', { name: 'Episodes' }).click();
    await page.getByText('No episodes yet.', { exact: false }).waitFor();

    const enrol = async () => {
      await page.getByRole('button', { name: 'Enrol in a program' }).click();
      const dialog = page.getByRole('dialog', { name: 'Enrol in a program' });
      await chooseOption(page, 'Program', 'Intensive Case Management · Intensive (ICM)', dialog);
      // The enrolling case manager is proposed as primary case manager.
      expect(await dialog.getByRole('combobox', { name: 'Primary case manager' }).inputValue()).toBe('Casey Manager');
      return dialog;
    };
    let dialog = await enrol();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Enrol in a program' }).click();
    const icm = page.getByRole('article', { name: 'Intensive Case Management' });
    await icm.waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // One open episode per program: the second enrolment is refused with the server's message.
    dialog = await enrol();
    await dialog.getByRole('button', { name: 'Enrol in a program' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'already has an open episode' }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await icm
      .getByRole('textbox', { name: 'Waitlist note (what the client waits for)' })
      .fill('Waiting for an ICM slot');
    await icm.getByRole('button', { name: 'Put on the waitlist' }).click();
    await icm.getByText(/On the waitlist since/).waitFor();
    await icm.getByRole('button', { name: 'Take off the waitlist' }).click();
    await icm.getByText('Not on the waitlist').waitFor();

    await icm.getByRole('radio', { name: 'Eligible', exact: true }).check();
    await icm.getByRole('textbox', { name: 'Reason for the decision' }).fill('Eligible for ICM.');
    await icm.getByRole('button', { name: 'Record decision' }).click();
    // Leaving assessment needs a completed needs assessment and a risk tier: record both via the API.
    await completeAssessmentViaApi(page, client.id, csrf);
    // Leaving planning needs a plan the client agreed to.
    await agreePlanViaApi(page, client.id, 'Intensive Case Management', csrf);
    for (const stage of ['Assessment', 'Planning', 'Active']) {
      await expect.poll(() => icm.getByRole('radio', { name: stage }).isDisabled()).toBe(false);
      await icm.getByRole('radio', { name: stage }).check();
      await icm.getByRole('button', { name: 'Change stage' }).click();
      await icm
        .getByRole('listitem')
        .filter({ hasText: `${stage} (current)` })
        .waitFor();
    }

    await icm.getByRole('button', { name: 'Move to another program' }).click();
    dialog = page.getByRole('dialog', { name: 'Move to another program' });
    await chooseOption(page, 'New program', 'Clinical Case Management · Clinical', dialog);
    await dialog.getByRole('textbox', { name: 'Reason for the move' }).fill('Stable: step down to clinical.');
    await dialog.getByRole('button', { name: 'Move to another program' }).click();
    const clinical = page.getByRole('article', { name: 'Clinical Case Management' });
    await clinical.getByText('Came from Intensive Case Management').waitFor();
    await icm.getByRole('listitem').filter({ hasText: 'Transition (current)' }).waitFor();
    // A hand-off is two people's agreement: the sender is told who accepts it, and the supervisor does.
    await clinical.getByText(/^You moved this client, so someone else of the receiving program/).waitFor();
    expect(await clinical.getByRole('button', { name: 'Accept hand-off' }).count()).toBe(0);
    const sup = await newPage(browser);
    await signInToShell(sup.page, 'supervisor@riverbend.example');
    await sup.page.goto(`/clients/${client.id}?tab=episodes`);
    const received = sup.page.getByRole('article', { name: 'Clinical Case Management' });
    await received.getByRole('button', { name: 'Accept hand-off' }).click();
    await received.getByText(/^Hand-off accepted by Sam Supervisor on /).waitFor();
    await sup.context.close();
    await page.goto(`/clients/${client.id}?tab=episodes`);
    await icm.getByRole('listitem').filter({ hasText: 'Post-transition (current)' }).waitFor();
    await clinical.getByText(/^Hand-off accepted by Sam Supervisor on /).waitFor();
    expect(await clinical.getByRole('button', { name: 'Accept hand-off' }).count()).toBe(0);

    await icm.getByRole('radio', { name: 'Closed' }).check();
    // Without a reason and summary the server refuses (409 stage_blocked) and its unmet list is shown.
    await icm.getByRole('button', { name: 'Change stage' }).click();
    const refusal = icm.getByRole('alert').filter({ hasText: 'The stage change was refused.' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Closing needs a reason and a closing summary.');
    await chooseOption(page, 'Closure reason', 'Transferred out', icm);
    await icm.getByRole('textbox', { name: 'Closing summary' }).fill('Stepped down to clinical case management.');
    await expectAccessible(page);
    await icm.getByRole('button', { name: 'Change stage' }).click();
    await icm.getByText('Stepped down to clinical case management.').first().waitFor();
    await icm.getByRole('listitem').filter({ hasText: 'Closed (current)' }).waitFor();

    await clinical.getByRole('button', { name: 'Reassign case manager' }).click();
    dialog = page.getByRole('dialog', { name: 'Reassign the primary case manager' });
    await chooseOption(page, 'New primary case manager', 'Dr. Jordan Clinician', dialog);
    await dialog.getByRole('textbox', { name: 'Reason for reassigning' }).fill('Psychiatric follow-up leads.');
    await dialog.getByRole('button', { name: 'Reassign case manager' }).click();
    await page.getByText('Case manager reassigned.').waitFor();
    await context.close();
  });

  it('a supervisor sees each staff member’s load and can reassign a caseload', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'supervisor@riverbend.example');
    await page.getByRole('link', { name: 'Supervision' }).click();
    const load = page.getByRole('table', { name: 'Caseload load by staff member' });
    await load.waitFor();
    const casey = load.getByRole('row').filter({ hasText: 'Casey Manager' });
    expect(await casey.textContent()).toMatch(/\d+% of cap/);
    await casey.getByRole('progressbar', { name: 'Caseload load of Casey Manager' }).waitFor();
    await page.getByRole('table', { name: 'Clients overdue for contact' }).waitFor();
    await page.getByRole('table', { name: 'Clients on a program waitlist' }).waitFor();
    await expectAccessible(page);

    // Bulk reassignment of someone who carries no primary cases: the flow, without moving the demo caseload.
    // Only roles that can hold a case are offered as the receiver (an intake coordinator is not).
    await chooseOption(page, 'From staff member', 'Pat Peer');
    await chooseOption(page, 'To staff member', 'Casey Manager');
    await page.getByRole('textbox', { name: 'Reason' }).fill('Covering leave');
    await page.getByRole('button', { name: 'Reassign caseload' }).click();
    const confirm = page.getByRole('dialog', { name: 'Reassign the caseload?' });
    await confirm.waitFor();
    await expectAccessible(page);
    await confirm.getByRole('button', { name: 'Reassign' }).click();
    await page.getByRole('status').filter({ hasText: '0 clients moved.' }).waitFor();

    // The supervisor opens a colleague's caseload from the load table.
    await load.getByRole('link', { name: 'Casey Manager' }).click();
    await page.getByRole('heading', { level: 1, name: 'Caseload of Casey Manager' }).waitFor();
    await page.getByRole('table', { name: 'Clients on the caseload' }).waitFor();
    await context.close();
  });

  it('a staff member not on the care team sees a limited search result and gets 403 on the chart', async () => {
    const owner = await newPage(browser);
    await signInToShell(owner.page, 'case_manager@riverbend.example');
    const c = await registerAndEnrol(owner.page, 'Percival', 'Ashdown-Kirby', '1966-10-02');
    await owner.context.close();

    const { context, page } = await newPage(browser);
    await signInToShell(page, 'peer_specialist@riverbend.example');
    await page.getByRole('link', { name: 'Clients' }).click();
    // Outside one's own clients, search matches by MRN or name with date of birth only.
    await page.getByRole('searchbox', { name: 'Search clients' }).fill('Ashdown-Kirby 1966-10-02');
    const row = page.getByRole('row').filter({ hasText: 'Ashdown-Kirby, Percival' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Not on your caseload');
    expect(await row.textContent()).toContain(c.mrn);
    expect(await row.getByRole('link').count()).toBe(0);
    await expectAccessible(page);

    const res = await page.request.get(`/api/clients/${c.clientId}`);
    expect(res.status()).toBe(403);
    await page.goto(`/clients/${c.clientId}`);
    await page.getByRole('alert').filter({ hasText: "You are not on this client's care team." }).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
