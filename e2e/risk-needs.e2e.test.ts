import type { Browser, Page } from 'playwright-core';
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

/** The e2e database is shared by every spec: a random suffix keeps this client unique. */
const suffix = Math.random().toString(36).slice(2, 8);

async function csrfOf(page: Page): Promise<{ id: string; csrf: string }> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { id: string; csrfToken: string };
  return { id: me.id, csrf: me.csrfToken };
}

/** Registers and enrols a client in ICM, records them eligible and moves the episode to assessment. */
async function clientInAssessment(page: Page) {
  const { id, csrf } = await csrfOf(page);
  const headers = { 'x-csrf-token': csrf };
  const created = await page.request.post('/api/clients', {
    data: { firstName: 'Marisol', lastName: `Quenby-${suffix}`, dateOfBirth: '1984-09-21' },
    headers,
  });
  expect(created.status()).toBe(201);
  const client = (await created.json()) as { id: string };
  const programs = (await (await page.request.get('/api/programs')).json()) as {
    items: { id: string; model: string }[];
  };
  const icm = programs.items.find((p) => p.model === 'intensive');
  const enrolled = await page.request.post(`/api/clients/${client.id}/episodes`, {
    data: { programId: icm?.id, primaryCaseManagerId: id },
    headers,
  });
  expect(enrolled.status()).toBe(201);
  let episode = (await enrolled.json()) as { id: string; version: number };
  const screened = await page.request.post(`/api/episodes/${episode.id}/screening`, {
    data: { decision: 'eligible', reason: 'Meets SMI criteria.', version: episode.version },
    headers,
  });
  expect(screened.status()).toBe(200);
  episode = (await screened.json()) as typeof episode;
  const moved = await page.request.post(`/api/episodes/${episode.id}/stage`, {
    data: { to: 'assessment', version: episode.version },
    headers,
  });
  expect(moved.status()).toBe(200);
  return { clientId: client.id, episodeId: episode.id, csrf };
}

const DOMAINS = [
  'Housing',
  'Food',
  'Income and benefits',
  'Employment',
  'Education',
  'Transportation',
  'Physical health and dental',
  'Mental health symptoms',
  'Substance use',
  'Legal',
  'Social connection and family',
  'Daily living skills',
  'Safety and risk',
  'Self-care',
  'Household management',
  'Money management',
  'Work readiness',
];
const RATING_OPTION = ['0 — none', '1 — monitor', '2 — action', '3 — urgent'];
const RATED: Record<string, number> = { Housing: 3, 'Income and benefits': 2, 'Mental health symptoms': 1 };

async function openRiskTab(page: Page, clientId: string) {
  await page.goto(`/clients/${clientId}`);
  await page.getByRole('region', { name: 'Client summary' }).waitFor();
  await page.getByRole('tab', { name: 'Risk & needs' }).click();
  await page.getByRole('heading', { level: 2, name: 'Risk & needs' }).waitFor();
}

describe('risk and needs', () => {
  // The two steps share one client: the case manager's work, then the clinician's.
  let c: Awaited<ReturnType<typeof clientInAssessment>>;

  it('a needs assessment, then a suicide-risk alert apart from the tier, and a hand-off', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    c = await clientInAssessment(page);

    // Before any assessment: the guard names both unmet conditions.
    await page.goto(`/clients/${c.clientId}`);
    await page.getByRole('tab', { name: 'Episodes' }).click();
    const episode = page.getByRole('article', { name: 'Intensive Case Management' });
    await episode.waitFor();
    expect(await episode.getByRole('radio', { name: 'Planning' }).isDisabled()).toBe(true);
    await episode.getByText('Complete a needs and strengths assessment.').waitFor();

    const banner = page.getByRole('region', { name: 'Client summary' });
    await banner.getByText('Alerts: No alerts').waitFor();
    await banner.getByText('Risk tier: not assessed').waitFor();

    // The needs assessment: a draft first (POST), then completion (PATCH), refused while a domain is unrated.
    await page.getByRole('tab', { name: 'Risk & needs' }).click();
    await page.getByRole('button', { name: 'Start needs assessment' }).click();
    const form = page.getByRole('form', { name: 'Needs and strengths assessment' });
    await form.waitFor();
    await form.getByRole('checkbox', { name: 'Client', exact: true }).check();
    await form.getByRole('checkbox', { name: 'Family', exact: true }).check();
    await form.getByRole('textbox', { name: 'Name of the family (optional)' }).fill('Rosa (sister)');
    for (const domain of DOMAINS.slice(0, -1)) {
      await form
        .getByRole('group', { name: domain, exact: true })
        .getByRole('radio', { name: RATING_OPTION[RATED[domain] ?? 0] })
        .click();
    }
    const housing = form.getByRole('group', { name: 'Housing', exact: true });
    await housing.getByRole('textbox', { name: "In the client's words" }).fill('I sleep in my car most nights.');
    await housing.getByRole('textbox', { name: 'Strengths' }).fill('Keeps the car tidy; knows the shelters.');
    await form.getByRole('textbox', { name: /the client's own priorities/ }).fill('A place of my own.');
    await form.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    await expectAccessible(page);

    await form.getByRole('button', { name: 'Complete and sign' }).click();
    await form.getByRole('alert').filter({ hasText: 'The assessment cannot be completed yet' }).waitFor();
    const work = form.getByRole('group', { name: 'Work readiness', exact: true });
    await work.getByText('Rate work readiness (0 if there is no need).').waitFor();
    await expectAccessible(page);
    await work.getByRole('radio', { name: '1 — monitor' }).click();
    await form.getByRole('button', { name: 'Complete and sign' }).click();
    const signed = page.getByRole('article', { name: /^Needs assessment of/ });
    await signed.waitFor();
    const actionable = (await signed.textContent()) ?? '';
    expect(actionable).toContain('Housing');
    expect(actionable).toContain('Urgent');
    expect(actionable).toContain('Income and benefits');
    expect(actionable).toContain('Action needed');
    const list = page.getByRole('table', { name: 'Needs assessments' });
    expect(await list.textContent()).toContain('Completed');
    expect(await list.textContent()).toContain('Housing (Urgent), Income and benefits (Action needed)');

    // A PHQ-9 with item 9 = 1: the banner shows the suicide-risk alert apart from the tier, and tasks.
    const stored = await page.request.post(`/api/clients/${c.clientId}/assessments`, {
      data: { instrument: 'phq9', answers: [1, 1, 1, 1, 0, 0, 0, 0, 1], mode: 'clinician' },
      headers: { 'x-csrf-token': c.csrf },
    });
    expect(stored.status()).toBe(201);
    await openRiskTab(page, c.clientId);
    const alert = banner.getByRole('alert').filter({ hasText: 'Suicide risk — follow-up required' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('1 positive result attached');
    await banner.getByText('Risk tier: High').waitFor();
    expect(await alert.textContent()).not.toContain('Risk tier');
    // Two: give the C-SSRS, and the safety plan item 9 ≥ 1 offers (careloop-safety@3).
    await banner.getByText('2 open urgent tasks').waitFor();
    const tasks = page.getByRole('table', { name: 'Open tasks' });
    const cssrs = tasks.getByRole('row').filter({ hasText: 'Give the C-SSRS screen' });
    await cssrs.waitFor();
    expect(await cssrs.textContent()).toContain('Urgent');
    // The person who gave the PHQ-9 owns the follow-up it raised.
    expect(await cssrs.textContent()).toContain('Casey Manager');
    await page.getByText("Only a clinician's documented risk assessment clears this flag.").waitFor();
    await expectAccessible(page);

    // Hand the C-SSRS to the clinician: not on the care team yet, so the hand-off adds them to it.
    await cssrs.getByRole('button', { name: 'Hand off to…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hand off: Give the C-SSRS screen' });
    await chooseOption(page, 'Hand off to', 'Dr. Jordan Clinician', dialog);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Hand off' }).click();
    await dialog.getByRole('alert').filter({ hasText: "cannot open the client's chart" }).waitFor();
    await chooseOption(page, 'Their role on the care team', 'Psychiatrist', dialog);
    await dialog.getByRole('textbox', { name: 'Why they join the care team' }).fill('Gives the C-SSRS today.');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Hand off' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await cssrs.textContent()) ?? '').toContain('Dr. Jordan Clinician');
    // The clinician is on the care team now (the reason kept with the membership).
    const episodes = (await (await page.request.get(`/api/clients/${c.clientId}/episodes`)).json()) as {
      items: { team: { name: string; role: string; endedAt: string | null }[] }[];
    };
    expect(episodes.items[0]?.team).toContainEqual(
      expect.objectContaining({ name: 'Dr. Jordan Clinician', role: 'psychiatrist', endedAt: null }),
    );

    // The caseload shows the tier in words and the suicide-risk flag apart from it; the tier filters.
    await page.getByRole('link', { name: 'Caseload' }).click();
    const table = page.getByRole('table', { name: 'Clients on the caseload' });
    await page.getByRole('searchbox', { name: 'Filter by name or MRN' }).fill(`Quenby-${suffix}`);
    const row = table.locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByRole('cell').nth(0).textContent()).toContain('Suicide risk');
    expect(await row.getByRole('cell').nth(4).textContent()).toBe('High');
    await chooseOption(page, 'Risk tier', 'Low', page.locator('body'));
    await page.getByText('No clients match the filters.').waitFor();
    await chooseOption(page, 'Risk tier', 'High', page.locator('body'));
    await expect.poll(() => row.count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  }, 120_000);

  it('a clinician clears the flag and overrides the tier; the episode may then leave assessment', async () => {
    const clin = await newPage(browser);
    await signInToShell(clin.page, 'clinician@riverbend.example');
    await openRiskTab(clin.page, c.clientId);
    const flag = clin.page.getByRole('article', { name: 'Suicide risk' });
    await flag.getByRole('form', { name: 'Clear after risk assessment' }).waitFor();
    await expectAccessible(clin.page);
    // Nothing is sent until the risk assessment is written: the form says so itself.
    const resolveRequests: string[] = [];
    clin.page.on('request', (r) => {
      if (r.method() === 'POST' && /\/api\/flags\/[^/]+\/resolve$/.test(new URL(r.url()).pathname)) {
        resolveRequests.push(r.url());
      }
    });
    const assessment = flag.getByRole('textbox', { name: 'Documented risk assessment' });
    for (const typed of ['', '   ']) {
      await assessment.fill(typed);
      await flag.getByRole('button', { name: 'Clear the flag' }).click();
      await flag.getByText('Document the risk assessment (at least a few sentences).').waitFor();
      expect(await assessment.getAttribute('aria-invalid')).toBe('true');
    }
    await expectAccessible(clin.page);
    expect(resolveRequests).toEqual([]);
    await assessment.fill(
      'Seen in person. Passive thoughts only, no plan, intent or behaviour; protective factors strong.',
    );
    await flag.getByRole('button', { name: 'Clear the flag' }).click();
    await flag.getByText('Resolved', { exact: true }).waitFor();
    expect(resolveRequests).toHaveLength(1);
    const clinBanner = clin.page.getByRole('region', { name: 'Client summary' });
    await expect.poll(() => clinBanner.getByRole('alert').count()).toBe(0);

    const override = clin.page.getByRole('form', { name: 'Override the tier' });
    await chooseOption(clin.page, 'New tier', 'Moderate', override);
    await override.getByRole('textbox', { name: 'Reason for the override' }).fill('Recent discharge; weekly contact.');
    await override.getByRole('button', { name: 'Override tier' }).click();
    await clinBanner.getByText('Risk tier: Moderate').waitFor();
    const history = clin.page.getByRole('table', { name: 'Risk tier history' });
    await history.getByText('Yes: Recent discharge; weekly contact.').waitFor();

    // LOCUS results as the licensed tool gave them; a differing actual level needs a reason.
    await clin.page.getByRole('button', { name: 'Record LOCUS results' }).click();
    const locus = clin.page.getByRole('form', { name: 'Record LOCUS results from the licensed tool' });
    const dimensions = [
      'I. Risk of Harm',
      'II. Functional Status',
      'III. Medical, Addictive and Psychiatric Co-Morbidity',
    ];
    for (const [i, name] of dimensions.entries()) {
      await locus
        .getByRole('radiogroup', { name })
        .getByRole('radio', { name: String(i + 2) })
        .check();
    }
    for (const name of [
      'IV-A. Recovery Environment: Level of Stress',
      'IV-B. Recovery Environment: Level of Support',
      'V. Treatment and Recovery History',
      'VI. Engagement and Recovery Status',
    ]) {
      await locus.getByRole('radiogroup', { name }).getByRole('radio', { name: '3' }).check();
    }
    await chooseOption(clin.page, 'Recommended level', 'Level 3 — High Intensity Community Based Services', locus);
    await chooseOption(clin.page, 'Actual level', 'Level 2 — Low Intensity Community Based Services', locus);
    await locus
      .getByRole('textbox', { name: 'Reason for variance' })
      .fill('Client prefers fewer visits; family support.');
    await locus.getByRole('button', { name: 'Save LOCUS results' }).click();
    await locus.getByText('Confirm you are trained to rate LOCUS').waitFor();
    await locus.getByRole('checkbox', { name: /I am trained to rate LOCUS/ }).check();
    await locus.getByRole('button', { name: 'Save LOCUS results' }).click();
    const locusTable = clin.page.getByRole('table', { name: 'LOCUS results' });
    await locusTable.getByText('Client prefers fewer visits; family support.').waitFor();
    expect(await locusTable.textContent()).toContain('3 — High Intensity Community Based Services');
    expect(await locusTable.textContent()).toContain('I Risk of Harm: 2');
    expect(await history.textContent()).toContain('Dr. Jordan Clinician');
    await expectAccessible(clin.page);
    await clin.context.close();

    // Back as the case manager: the guard's conditions are met, Planning is open.
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const banner = page.getByRole('region', { name: 'Client summary' });
    const episode = page.getByRole('article', { name: 'Intensive Case Management' });
    await page.goto(`/clients/${c.clientId}`);
    await page.getByRole('tab', { name: 'Episodes' }).click();
    await episode.waitFor();
    await expect.poll(() => episode.getByRole('radio', { name: 'Planning' }).isDisabled()).toBe(false);
    expect(await episode.getByText('Complete a needs and strengths assessment.').count()).toBe(0);
    await banner.getByText('Alerts: No alerts').waitFor();
    await context.close();
  });
});
