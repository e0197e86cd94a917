import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';
import { NEED_DOMAINS } from './need-domains.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The e2e database is shared by every spec: a random suffix keeps this client unique. */
const suffix = Math.random().toString(36).slice(2, 8);

type Episode = { id: string; version: number };
type Plan = { id: string; version: number; content: Record<string, unknown> };

const levels = (what: string) => ({
  minus2: `${what}: worse than now`,
  minus1: `${what}: as now`,
  zero: `${what}: expected`,
  plus1: `${what}: a bit more than expected`,
  plus2: `${what}: much more than expected`,
});

/** A client in ICM with an effective plan of two goals (the first with a GAS scale of weight 1), all via the API. */
async function clientWithEffectivePlan(
  page: Page,
  firstName = 'Reviewa',
  lastName = 'Goals',
  dateOfBirth = '1984-06-21',
) {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { id: string; csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const post = async (path: string, data: unknown, status = 200) => {
    const res = await page.request.post(path, { data, headers });
    expect(res.status(), `${path}: ${await res.text()}`).toBe(status);
    return (await res.json()) as unknown;
  };
  const client = (await post('/api/clients', { firstName, lastName: `${lastName}-${suffix}`, dateOfBirth }, 201)) as {
    id: string;
    mrn: string;
  };
  const programs = (await (await page.request.get('/api/programs')).json()) as {
    items: { id: string; model: string }[];
  };
  const icm = programs.items.find((p) => p.model === 'intensive');
  let episode = (await post(
    `/api/clients/${client.id}/episodes`,
    { programId: icm?.id, primaryCaseManagerId: me.id },
    201,
  )) as Episode;
  episode = (await post(`/api/episodes/${episode.id}/screening`, {
    decision: 'eligible',
    reason: 'Meets SMI criteria.',
    version: episode.version,
  })) as Episode;
  episode = (await post(`/api/episodes/${episode.id}/stage`, {
    to: 'assessment',
    version: episode.version,
  })) as Episode;
  const domains = Object.fromEntries(NEED_DOMAINS.map((d, i) => [d, { rating: i % 2, strengths: null }] as const));
  await post(
    `/api/clients/${client.id}/needs-assessments`,
    { domains, present: [{ role: 'client' }], clientPriorities: 'Get out more.', status: 'completed' },
    201,
  );
  await post(`/api/clients/${client.id}/assessments`, { instrument: 'gad2', answers: [0, 0], mode: 'clinician' }, 201);
  episode = (await post(`/api/episodes/${episode.id}/stage`, { to: 'planning', version: episode.version })) as Episode;
  const draft = (await post(`/api/episodes/${episode.id}/care-plans`, {}, 201)) as Plan;
  const content = {
    ...draft.content,
    goals: [
      {
        id: 'goal-walk',
        clientWords: 'I want to walk to the park every day.',
        needDomains: [],
        objectives: [],
        interventions: [],
        gas: { levels: levels('Walks'), weight: 1, baseline: -1 },
      },
      {
        id: 'goal-friends',
        clientWords: 'I want to see my friends again.',
        needDomains: [],
        objectives: [],
        interventions: [],
      },
    ],
  };
  const put = await page.request.put(`/api/care-plans/${draft.id}`, {
    data: { content, version: draft.version },
    headers,
  });
  expect(put.status(), await put.text()).toBe(200);
  const saved = (await put.json()) as Plan;
  await post(`/api/care-plans/${draft.id}/sign`, {
    clientAgreement: { method: 'verbal', verbalReason: 'e2e' },
    staffAttestation: true,
    version: saved.version,
  });
  return { clientId: client.id, mrn: client.mrn, episodeId: episode.id, planId: draft.id, headers };
}

describe('care plan review', () => {
  it('reviews the effective plan with progress and a GAS rating, then lists it; supervisors see overdue reviews', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const c = await clientWithEffectivePlan(page);

    await page.goto(`/clients/${c.clientId}`);
    await page.getByRole('region', { name: 'Client summary' }).waitFor();
    await page.getByRole('tab', { name: 'Care plan' }).click();
    const section = page.getByRole('region', { name: 'Plan review' });
    await section.getByText(/^Next review due: /).waitFor();
    await section.getByText('On time').waitFor();
    await section.getByText('No reviews yet.').waitFor();
    await section.getByRole('button', { name: 'Review the plan' }).click();

    const form = section.getByRole('form', { name: 'Review of care plan version 1' });
    await form.waitFor();
    const goal1 = form.getByRole('group', { name: 'Goal 1', exact: true });
    const goal2 = form.getByRole('group', { name: 'Goal 2', exact: true });
    await goal1.getByText('I want to walk to the park every day.').waitFor();
    await goal2.getByText('No Goal Attainment Scale for this goal: progress only.').waitFor();

    // Submitting without progress: the server names the goal, and the message shows at it.
    await form.getByRole('button', { name: 'Save review' }).click();
    await form.getByRole('alert').filter({ hasText: 'The review was not saved' }).waitFor();
    await goal1.getByText('Describe the progress on this goal.').waitFor();

    await goal1.getByRole('textbox', { name: 'Progress on this goal' }).fill('Walks most days now.');
    await goal2.getByRole('textbox', { name: 'Progress on this goal' }).fill('Called one friend.');
    const status = form.getByRole('status').filter({ hasText: /T-score|No goal rated/ });
    expect(await status.textContent()).toBe('No goal rated yet.');
    await goal1.getByRole('radio', { name: '+1: Walks: a bit more than expected' }).click();
    // 50 + 10·1/√(0.7·1 + 0.3·1) = 60
    await expect.poll(() => status.textContent()).toBe('T-score 60.00 (1 goal rated)');
    await form.getByText('50 = goals met as expected', { exact: false }).waitFor();
    await form.getByRole('textbox', { name: 'Client comments' }).fill('Feeling more confident.');
    await form.getByRole('textbox', { name: 'Changes needed to the plan' }).fill('Add a goal about work.');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Save review' }).click();

    const history = section.getByRole('table', { name: 'Care plan reviews' });
    await history.waitFor();
    const row = history.getByRole('row').nth(1);
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('60.00');
    expect(await row.textContent()).toContain('Version 1');
    expect(await row.textContent()).toContain('Casey Manager');
    expect(await row.textContent()).toContain('Feeling more confident.');
    await row.getByRole('button', { name: /^Details of the review on / }).click();
    const details = history.getByRole('row').nth(2);
    expect(await details.textContent()).toContain('Walks most days now.');
    expect(await details.textContent()).toContain('Rating: +1');
    expect(await details.textContent()).toContain('Add a goal about work.');
    await expectAccessible(page);

    const stored = (await (await page.request.get(`/api/episodes/${c.episodeId}/care-plan-reviews`)).json()) as {
      items: { gasTScore: number | null }[];
    };
    expect(stored.items[0]?.gasTScore).toBe(60);
    await context.close();

    const sup = await newPage(browser);
    await signInToShell(sup.page, 'supervisor@riverbend.example');
    await sup.page.goto('/supervision');
    await sup.page.getByRole('heading', { level: 1, name: 'Supervision' }).waitFor();
    const heading = sup.page.getByRole('heading', { level: 2, name: 'Overdue care plan reviews' });
    await heading.waitFor();
    const table = sup.page.getByRole('table', { name: 'Care plans overdue for review' });
    const empty = sup.page.getByText('No care plan reviews are overdue.');
    await expect.poll(async () => (await table.count()) + (await empty.count())).toBe(1);
    await expectAccessible(sup.page);
    await sup.context.close();
  });
  it('a risk tier that rises brings the review forward: overdue on the chart, the caseload and supervision', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const c = await clientWithEffectivePlan(page, 'Tiera', 'Riser', '1969-12-03');
    // A PHQ-9 of 10 (item 9 at 0) raises the tier from low to moderate after the plan was signed.
    const phq9 = await page.request.post(`/api/clients/${c.clientId}/assessments`, {
      data: { instrument: 'phq9', answers: [2, 2, 2, 2, 1, 1, 0, 0, 0], mode: 'clinician' },
      headers: c.headers,
    });
    expect(phq9.status(), await phq9.text()).toBe(201);
    const risk = (await (await page.request.get(`/api/clients/${c.clientId}/risk`)).json()) as {
      current: { tier: string } | null;
    };
    expect(risk.current?.tier).toBe('moderate');

    await page.goto(`/clients/${c.clientId}`);
    await page.getByRole('tab', { name: 'Care plan' }).click();
    const section = page.getByRole('region', { name: 'Plan review' });
    await section.getByText('Overdue by 1 day', { exact: true }).waitFor();

    await page.getByRole('link', { name: 'Caseload' }).click();
    await page.getByRole('searchbox', { name: 'Filter by name or MRN' }).fill(c.mrn);
    const row = page.getByRole('table', { name: 'Clients on the caseload' }).locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    await row.getByText('Plan review overdue by 1 day').waitFor();
    await context.close();

    const sup = await newPage(browser);
    await signInToShell(sup.page, 'supervisor@riverbend.example');
    await sup.page.goto('/supervision');
    const table = sup.page.getByRole('table', { name: 'Care plans overdue for review' });
    const mine = table.locator('tbody tr').filter({ hasText: c.mrn });
    await mine.waitFor();
    const text = (await mine.textContent()) ?? '';
    expect(text).toContain(`Riser-${suffix}, Tiera`);
    expect(text).toContain('Intensive Case Management');
    expect(text).toContain('Casey Manager');
    expect(text).toContain('overdue by 1 day');
    expect(text).toContain('Risk tier rose');
    await expectAccessible(sup.page);
    await sup.context.close();
  });
});
