import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Letters only, so the names pass name validation; unique per run (the e2e database is shared). */
function suffix(): string {
  return Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

async function session(page: Page): Promise<{ id: string; csrf: string }> {
  const res = await page.request.get('/api/auth/me');
  const me = (await res.json()) as { id: string; csrfToken: string };
  return { id: me.id, csrf: me.csrfToken };
}

/** A fresh client of the signed-in case manager: registered and enrolled in ICM as primary. */
async function registerAndEnrol(page: Page, firstName: string, lastName: string) {
  const { id, csrf } = await session(page);
  const headers = { 'x-csrf-token': csrf };
  const created = await page.request.post('/api/clients', {
    data: { firstName, lastName, dateOfBirth: '1984-05-19' },
    headers,
  });
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
  const episode = (await enrolled.json()) as { id: string };
  return { clientId: client.id, mrn: client.mrn, episodeId: episode.id, csrf };
}

async function openAssessmentsTab(page: Page, clientId: string) {
  await page.goto(`/clients/${clientId}`);
  await page.getByRole('tab', { name: 'Assessments' }).click();
  await page.getByRole('heading', { name: 'Assessment history' }).waitFor();
}

/** Item n's radio group (its label starts "n. "), then the answer by its label. */
async function answer(scope: Locator, n: string, label: string) {
  await scope
    .getByRole('radiogroup', { name: new RegExp(`^${n}\\. `) })
    .getByRole('radio', { name: label, exact: true })
    .click();
}

describe('standardized instruments', () => {
  it('a PHQ-9 with item 9 = 1 raises the alert while filling in and after signing, a C-SSRS task and the tier', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const last = `Phqtest-${suffix()}`;
    const c = await registerAndEnrol(page, 'Marisol', last);
    await openAssessmentsTab(page, c.clientId);
    await page.getByText('No assessments yet.').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Give PHQ-9' }).click();
    const form = page.getByRole('dialog', { name: 'Patient Health Questionnaire (PHQ-9)' });
    await form.getByText('Over the last 2 weeks, how often have you been bothered').waitFor();
    await form.getByText(/No permission required to reproduce, translate, display or distribute/).waitFor();
    // Items 1-7 "several days" (7), item 8 "not at all": 7 so far.
    for (const n of ['1', '2', '3', '4', '5', '6', '7']) await answer(form, n, 'Several days');
    await answer(form, '8', 'Not at all');
    // Item 9 blank with everything else answered: ask it.
    await form.getByRole('alert').filter({ hasText: 'Ask item 9' }).waitFor();
    await answer(form, '9', 'Several days');
    // The alert is immediate and the preview shows the server's total and severity.
    await form.getByRole('alert').filter({ hasText: 'Suicide risk: item 9 answered above 0' }).waitFor();
    await form.getByText('Total 8 · Mild').waitFor();
    await expectAccessible(page);

    // One item at a time shows a single question.
    await form.getByRole('switch', { name: 'One item at a time' }).check();
    await form.getByText('Item 1 of 10').waitFor();
    expect(await form.getByRole('radiogroup').count()).toBe(1);
    await form.getByRole('switch', { name: 'One item at a time' }).uncheck();

    await form.getByRole('button', { name: 'Review and sign' }).click();
    await form.getByRole('heading', { name: 'Review and sign' }).waitFor();
    expect(await form.getByRole('table', { name: 'Answers' }).textContent()).toContain('Thoughts that you would');
    await form.getByRole('alert').filter({ hasText: 'Suicide risk: item 9 answered above 0' }).waitFor();
    await form.getByRole('button', { name: 'Sign and save' }).click();

    await form.getByRole('heading', { name: 'Result saved' }).waitFor();
    const step = form.getByRole('alert').filter({ hasText: 'Do this now' });
    expect(await step.textContent()).toContain('give the C-SSRS screen now');
    await form.getByText('Give the C-SSRS screen (urgent)').waitFor();
    await expectAccessible(page);
    // The follow-up is one tap away: a fresh C-SSRS form in the same full-screen dialog.
    await form.getByRole('button', { name: 'Give the C-SSRS screen now' }).click();
    const cssrs = page.getByRole('dialog', { name: 'Columbia-Suicide Severity Rating Scale (C-SSRS) Screen' });
    await cssrs.getByRole('radiogroup', { name: /^1\. / }).waitFor();
    await cssrs.getByRole('button', { name: 'Cancel' }).click();
    await cssrs.waitFor({ state: 'hidden' });

    // The banner carries the suicide-risk alert; the alert and the C-SSRS task are on the record.
    const banner = page.getByRole('region', { name: 'Client summary' });
    await banner.getByRole('alert').filter({ hasText: 'Suicide risk' }).waitFor();
    const alerts = (await (await page.request.get(`/api/clients/${c.clientId}/alerts`)).json()) as {
      flags: { kind: string; status: string }[];
      tasks: { kind: string; status: string; priority: string }[];
    };
    expect(alerts.flags).toContainEqual(expect.objectContaining({ kind: 'suicide_risk', status: 'open' }));
    expect(alerts.tasks).toContainEqual(
      expect.objectContaining({ kind: 'cssrs_screen', status: 'open', priority: 'urgent' }),
    );

    const history = page.getByRole('table', { name: 'Assessment history' });
    const row = history.locator('tbody tr').first();
    const text = (await row.textContent()) ?? '';
    for (const part of ['PHQ-9', '8', 'Mild', 'Suicide-risk follow-up', 'Casey Manager', 'Staff-administered']) {
      expect(text).toContain(part);
    }
    await page
      .getByRole('figure', { name: 'PHQ-9 trend' })
      .getByText('PHQ-9 baseline only: no follow-up yet')
      .waitFor();
    await expectAccessible(page);

    // Casey's caseload shows the tier the rules set.
    const risk = (await (await page.request.get(`/api/clients/${c.clientId}/risk`)).json()) as {
      current: { tier: string } | null;
    };
    expect(risk.current).not.toBeNull();
    const tierName = { low: 'Low', moderate: 'Moderate', high: 'High', imminent: 'Imminent' }[
      risk.current?.tier ?? 'low'
    ];
    await page.getByRole('link', { name: 'Caseload' }).click();
    await page.getByRole('searchbox', { name: 'Filter by name or MRN' }).fill(last);
    const caseloadRow = page.getByRole('table', { name: 'Clients on the caseload' }).locator('tbody tr');
    await expect.poll(() => caseloadRow.count()).toBe(1);
    const rowText = (await caseloadRow.textContent()) ?? '';
    expect(rowText).toContain(tierName);
    expect(rowText).not.toContain('Not assessed');
    await context.close();
  });

  it('a self-reported GAD-7 left incomplete shows "incomplete" and no severity', async () => {
    const { context, page } = await newPage(browser, { width: 1024, height: 768 });
    await signInToShell(page, 'case_manager@riverbend.example');
    const c = await registerAndEnrol(page, 'Anselm', `Gadtest-${suffix()}`);
    await openAssessmentsTab(page, c.clientId);
    await page.getByRole('button', { name: 'Give GAD-7' }).click();
    const form = page.getByRole('dialog', { name: 'Generalized Anxiety Disorder (GAD-7)' });
    await form.getByRole('button', { name: 'Hand the device to the client' }).click();

    // While the client holds the device: the questions only, no scores, no way out to the record.
    await form.getByText('Please answer each question.', { exact: false }).waitFor();
    expect(await form.getByRole('button', { name: 'Close' }).count()).toBe(0);
    expect(await form.getByText('Score preview').count()).toBe(0);
    expect(await form.getByRole('button', { name: 'Review and sign' }).count()).toBe(0);
    await expectAccessible(page);
    for (const n of ['1', '2', '3', '4', '5', '6']) await answer(form, n, 'More than half the days');
    await form.getByRole('button', { name: 'I am done: hand back' }).click();

    await form.getByRole('heading', { name: 'Staff member: take the device back' }).waitFor();
    await form.getByRole('button', { name: 'I have the device back' }).click();
    await form.getByRole('heading', { name: 'Review and sign' }).waitFor();
    await form.getByText('Incomplete: no total until every item is answered.').waitFor();
    await form.getByText('Mode: Self-report').waitFor();
    expect(await form.getByText(/Moderate|Severe|Mild|Minimal/).count()).toBe(0);
    await form.getByRole('button', { name: 'Sign and save' }).click();
    await form.getByRole('heading', { name: 'Result saved' }).waitFor();
    await form.getByRole('button', { name: 'Done' }).click();

    const row = page.getByRole('table', { name: 'Assessment history' }).locator('tbody tr').first();
    await row.getByText('GAD-7').waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells[2]).toBe('Incomplete');
    expect(cells[3]).toBe('—');
    expect(cells[6]).toBe('Self-report');

    // Measurement-based care: a PHQ-9 baseline of 15 and a follow-up of 6 in the episode.
    const phq9 = async (answers: number[], administeredAt: string) => {
      const res = await page.request.post(`/api/clients/${c.clientId}/assessments`, {
        data: { instrument: 'phq9', answers, episodeId: c.episodeId, mode: 'clinician', administeredAt },
        headers: { 'x-csrf-token': c.csrf },
      });
      expect(res.status()).toBe(201);
    };
    // Two weeks apart: a repeat within 14 days would be left out of change from baseline.
    const fifteenDaysAgo = new Date(Date.now() - 15 * 86_400_000).toISOString();
    await phq9([2, 2, 2, 2, 2, 2, 2, 1, 0], fifteenDaysAgo);
    await phq9([1, 1, 1, 1, 1, 1, 0, 0, 0], new Date().toISOString());
    await openAssessmentsTab(page, c.clientId);
    const trend = page.getByRole('figure', { name: 'PHQ-9 trend' });
    await trend.getByText('Change from baseline: -9 points (60% reduction)').waitFor();
    const outcomes = (await trend.getByRole('list', { name: 'Outcome labels' }).textContent()) ?? '';
    expect(outcomes).toContain('Response (50% or more below baseline)');
    expect(outcomes).toContain('Reliable improvement (down 6 or more)');
    expect(outcomes).toContain('Clinically important improvement (5 points or more)');
    expect(outcomes).not.toContain('Remission');
    expect(await trend.getByRole('table', { name: 'PHQ-9 scores' }).locator('tbody tr').count()).toBe(2);
    // A third PHQ-9 the same day is kept and shown, but left out of change from baseline.
    await phq9([0, 0, 0, 0, 0, 0, 0, 0, 0], new Date().toISOString());
    await openAssessmentsTab(page, c.clientId);
    await trend.getByText('Change from baseline: -9 points (60% reduction)').waitFor();
    await trend.getByText('1 PHQ-9 repeat within 14 days left out of change').waitFor();
    await trend.getByRole('cell', { name: 'No: repeat within 14 days' }).waitFor();
    await trend.getByRole('img', { name: 'PHQ-9 scores over time, with severity bands shaded' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('the C-SSRS screen asks 3-5 only after a yes to 2, and 6a only after a yes to 6', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const c = await registerAndEnrol(page, 'Rosalind', `Cssrstest-${suffix()}`);
    await openAssessmentsTab(page, c.clientId);
    await page.getByRole('button', { name: 'Give C-SSRS screen' }).click();
    const form = page.getByRole('dialog', { name: 'Columbia-Suicide Severity Rating Scale (C-SSRS) Screen' });
    const groups = form.getByRole('radiogroup');
    await expect.poll(() => groups.count()).toBe(3);
    await answer(form, '1', 'No');
    await answer(form, '2', 'Yes');
    await expect.poll(() => groups.count()).toBe(6);
    await form.getByText('Asked because question 2 was answered yes.').first().waitFor();
    await answer(form, '6', 'Yes');
    await expect.poll(() => groups.count()).toBe(7);
    await answer(form, '6a', 'No');
    await answer(form, '3', 'No');
    await answer(form, '4', 'No');
    await answer(form, '5', 'No');
    // Q6 yes, more than 3 months ago: moderate, with the follow-up alert.
    await form.getByText('Risk level: Moderate risk').waitFor();
    await form.getByRole('alert').filter({ hasText: 'Suicide-risk follow-up needed' }).waitFor();
    await expectAccessible(page);
    // A no to 2 hides 3-5 again (their answers are dropped).
    await answer(form, '2', 'No');
    await expect.poll(() => groups.count()).toBe(4);
    await form.getByRole('button', { name: 'Review and sign' }).click();
    const review = form.getByRole('table', { name: 'Answers' });
    expect(await review.getByText('Not asked').count()).toBe(3);
    // Closing with unsigned answers asks first; saying no keeps them.
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.dismiss();
    });
    await page.keyboard.press('Escape');
    await expect.poll(() => asked).toContain('not signed');
    expect(await form.isVisible()).toBe(true);
    await context.close();
  });

  it('an admin loads licensed C-SSRS wording and the form then shows it', async () => {
    const run = suffix();
    const admin = await newPage(browser);
    await signInToShell(admin.page, 'admin@riverbend.example');
    await admin.page.getByRole('link', { name: 'Instruments' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Instruments' }).waitFor();
    const slots = admin.page.getByRole('table', { name: 'C-SSRS screen item slots' });
    expect(await slots.textContent()).toContain('93246-7');
    await admin.page.getByText('Careloop does not ship it.', { exact: false }).waitFor();
    await expectAccessible(admin.page);
    // Placeholder text for the test, not the licensed instrument wording.
    const codes = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q6Within3Months'];
    for (const code of codes) {
      await admin.page
        .getByRole('textbox', { name: new RegExp(`^Licensed wording for ${code} \\(`) })
        .fill(`Test wording ${code} ${run}`);
    }
    await admin.page.getByRole('textbox', { name: 'Licence note' }).fill(`E2E test permission ${run}`);
    await admin.page.getByRole('button', { name: 'Load wording' }).click();
    await admin.page.getByText('Licensed wording loaded.').first().waitFor();
    await admin.page.getByText('Licensed wording loaded', { exact: true }).waitFor();
    await admin.context.close();

    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const c = await registerAndEnrol(page, 'Ignatius', `Wordtest-${suffix()}`);
    await openAssessmentsTab(page, c.clientId);
    await page.getByRole('button', { name: 'Give C-SSRS screen' }).click();
    const form = page.getByRole('dialog', { name: 'Columbia-Suicide Severity Rating Scale (C-SSRS) Screen' });
    await form.getByRole('radiogroup', { name: `1. Test wording q1 ${run}` }).waitFor();
    expect(await form.getByText('Licensed wording not loaded').count()).toBe(0);
    await context.close();
  });
});
