import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeClient } from './active-client.js';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';
import { chooseOption } from './combobox.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Letters only (names are validated); unique per run, the e2e database is shared. */
const run = Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

async function answer(scope: Locator, n: string, label: string) {
  await scope
    .getByRole('radiogroup', { name: new RegExp(`^${n}\\. `) })
    .getByRole('radio', { name: label, exact: true })
    .click();
}

type Json = Record<string, unknown>;
async function getJson<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.status()).toBe(200);
  return (await res.json()) as T;
}

async function openAssessments(page: Page, clientId: string) {
  await page.goto(`/clients/${clientId}`);
  await page.getByRole('tab', { name: 'Assessments' }).click();
  await page.getByRole('heading', { name: 'Assessment history' }).waitFor();
}

describe('the walk-through: suicide-risk follow-up that has an owner, a watcher and an end', () => {
  it('item 9 → the giver owns the C-SSRS task, the clinician and supervisor hear of it, the C-SSRS closes it', async () => {
    const cm = await newPage(browser);
    await signInToShell(cm.page, 'case_manager@riverbend.example');
    const lastName = `Walkthrough${run}`;
    const c = await activeClient(cm.page, { firstName: 'Odile', lastName });
    // The psychiatrist on the care team is a clinician who must hear of the flag.
    const clinicianId = (await getJson<{ items: { id: string; name: string }[] }>(cm.page, '/api/staff')).items.find(
      (s) => s.name === 'Dr. Jordan Clinician',
    )?.id;
    const added = await cm.page.request.post(`/api/episodes/${c.episodeId}/team`, {
      data: { role: 'psychiatrist', userId: clinicianId },
      headers: c.headers,
    });
    expect(added.status()).toBe(201);

    await openAssessments(cm.page, c.clientId);
    await cm.page.getByRole('button', { name: 'Give PHQ-9' }).click();
    const phq9 = cm.page.getByRole('dialog', { name: 'Patient Health Questionnaire (PHQ-9)' });
    for (const n of ['1', '2', '3', '4', '5', '6', '7', '8']) await answer(phq9, n, 'Not at all');
    await answer(phq9, '9', 'Several days');
    await phq9.getByRole('button', { name: 'Review and sign' }).click();
    await phq9.getByRole('button', { name: 'Sign and save' }).click();
    await phq9.getByRole('heading', { name: 'Result saved' }).waitFor();
    expect(await phq9.getByRole('alert').filter({ hasText: 'Do this now' }).textContent()).toContain(
      'give the C-SSRS screen now',
    );
    await phq9.getByRole('button', { name: 'Done' }).click();
    await phq9.waitFor({ state: 'hidden' });

    // The task is the giver's: it is in her My tasks, linked to the open episode.
    const tasks = await getJson<{ items: (Json & { kind: string; id: string })[] }>(
      cm.page,
      `/api/clients/${c.clientId}/tasks`,
    );
    const cssrsTask = tasks.items.find((x) => x.kind === 'cssrs_screen');
    expect(cssrsTask).toMatchObject({ episodeId: c.episodeId, source: 'safety_rule' });
    await cm.page.getByRole('link', { name: 'Tasks', exact: true }).click();
    const mine = cm.page.getByRole('table', { name: 'My tasks' });
    await mine
      .getByRole('link', { name: new RegExp(lastName) })
      .first()
      .waitFor();
    expect(await mine.locator('tbody tr').filter({ hasText: lastName }).first().textContent()).toContain('C-SSRS');
    await expectAccessible(cm.page);

    // The care team's clinician hears of the new flag at once, with the client named.
    const clin = await newPage(browser);
    await signInToShell(clin.page, 'clinician@riverbend.example');
    const notes = await getJson<{ items: Json[] }>(clin.page, '/api/notifications');
    expect(notes.items).toContainEqual(
      expect.objectContaining({
        kind: 'alert',
        clientId: c.clientId,
        client: { name: `${lastName}, Odile`, mrn: c.mrn },
      }),
    );
    await clin.context.close();

    // The supervisor's safety view lists the client and the open task.
    const sup = await newPage(browser);
    await signInToShell(sup.page, 'supervisor@riverbend.example');
    const view = await getJson<{ safety: { openSuicideFlags: Json[] } }>(sup.page, '/api/caseload/supervision');
    expect(view.safety.openSuicideFlags).toContainEqual(expect.objectContaining({ clientId: c.clientId, mrn: c.mrn }));
    await sup.context.close();

    // The C-SSRS answers the task: it closes, and the next step is the one for this result.
    await openAssessments(cm.page, c.clientId);
    await cm.page.getByRole('button', { name: 'Give C-SSRS screen' }).click();
    const cssrs = cm.page.getByRole('dialog', { name: 'Columbia-Suicide Severity Rating Scale (C-SSRS) Screen' });
    await answer(cssrs, '1', 'Yes');
    await answer(cssrs, '2', 'Yes');
    await answer(cssrs, '3', 'Yes');
    await answer(cssrs, '4', 'No');
    await answer(cssrs, '5', 'No');
    await answer(cssrs, '6', 'No');
    await cssrs.getByRole('button', { name: 'Review and sign' }).click();
    await cssrs.getByRole('button', { name: 'Sign and save' }).click();
    await cssrs.getByRole('heading', { name: 'Result saved' }).waitFor();
    const step = (await cssrs.getByRole('alert').filter({ hasText: 'Do this now' }).textContent()) ?? '';
    expect(step).toContain('Moderate suicide risk');
    expect(step).not.toMatch(/give the C-SSRS/i);
    expect(await cssrs.getByRole('button', { name: 'Give the C-SSRS screen now' }).count()).toBe(0);
    await cssrs.getByText('Tasks this result answered (now completed)').waitFor();
    await expectAccessible(cm.page);
    const closed = await getJson<{ status: string }>(cm.page, `/api/tasks/${cssrsTask?.id ?? ''}`);
    expect(closed.status).toBe('completed');
    const risk = await getJson<{ current: { reasons: { code: string }[] } }>(
      cm.page,
      `/api/clients/${c.clientId}/risk`,
    );
    expect(risk.current.reasons.map((r) => r.code)).not.toContain('cssrs_none');
    const after = await getJson<{ items: (Json & { kind: string })[] }>(cm.page, `/api/clients/${c.clientId}/tasks`);
    expect(after.items.find((x) => x.kind === 'safety_plan')).toMatchObject({ episodeId: c.episodeId });
    await cm.context.close();
  });
});

describe('the front door recognises a crisis', () => {
  it('shows 911/988 at once on "not safe", needs a way to reach the person, files it emergent and tells the intake team', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await page.goto('/self-referral');
    await page.getByRole('heading', { level: 1, name: 'Help us match you to the right program' }).waitFor();
    await page.getByRole('radio', { name: 'No', exact: true }).check();
    const help = page.getByRole('alert').filter({ hasText: 'Get help now' });
    await help.waitFor();
    expect(await help.getByRole('link', { name: '911' }).getAttribute('href')).toBe('tel:911');
    expect(await help.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    await expectAccessible(page);

    const lastName = `Frontdoor${run}`;
    await page.getByRole('textbox', { name: 'First name' }).fill('Ines');
    await page.getByRole('textbox', { name: 'Last name' }).fill(lastName);
    await chooseOption(page, 'Which language would you like us to use? (optional)', 'Español (Spanish)');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Give at least one way to reach you', { exact: false }).first().waitFor();
    await page.getByRole('textbox', { name: /If phone or email is not safe/ }).fill('Text only, never call.');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: 'Thank you. We received your request.' }).waitFor();
    await page.getByText('You told us you are not safe right now.', { exact: false }).waitFor();
    await context.close();

    const intake = await newPage(browser);
    await signInToShell(intake.page, 'intake_coordinator@riverbend.example');
    const queue = await getJson<{ items: (Json & { id: string; lastName: string })[] }>(intake.page, '/api/intakes');
    const filed = queue.items.find((i) => i.lastName === lastName);
    expect(filed).toMatchObject({
      urgency: 'emergent',
      safeNow: false,
      emergentReasons: ['not_safe_now'],
      preferredLanguage: 'es',
    });
    // Notified at once (no sweep), the referral named for the intake team.
    const notes = await getJson<{ items: Json[] }>(intake.page, '/api/notifications');
    expect(notes.items).toContainEqual(
      expect.objectContaining({
        kind: 'new_referral',
        entityId: filed?.id,
        intake: expect.objectContaining({ name: `${lastName}, Ines`, urgency: 'emergent' }),
      }),
    );
    await intake.page.goto(`/intake/${filed?.id ?? ''}`);
    await intake.page.getByRole('alert').filter({ hasText: 'Emergent: respond now' }).waitFor();
    await intake.page.getByText('Safe way to reach them: Text only, never call.').waitFor();
    // The language the person chose, by name.
    await intake.page
      .getByRole('region', { name: 'The person and the request' })
      .getByText('Spanish', { exact: true })
      .waitFor();
    await expectAccessible(intake.page);
    await intake.context.close();
  });
});

describe('a move keeps the team', () => {
  it('carries the psychiatrist (and the plan) to the new program, and the sender cannot accept their own hand-off', async () => {
    const cm = await newPage(browser);
    await signInToShell(cm.page, 'case_manager@riverbend.example');
    const lastName = `Mover${run}`;
    const c = await activeClient(cm.page, { firstName: 'Pascal', lastName });
    const clinicianId = (await getJson<{ items: { id: string; name: string }[] }>(cm.page, '/api/staff')).items.find(
      (s) => s.name === 'Dr. Jordan Clinician',
    )?.id;
    await cm.page.request.post(`/api/episodes/${c.episodeId}/team`, {
      data: { role: 'psychiatrist', userId: clinicianId },
      headers: c.headers,
    });

    await cm.page.goto(`/clients/${c.clientId}`);
    await cm.page.getByRole('tab', { name: 'Episodes' }).click();
    const icm = cm.page.getByRole('article', { name: 'Intensive Case Management' });
    await icm.getByRole('button', { name: 'Move to another program' }).click();
    const dialog = cm.page.getByRole('dialog', { name: 'Move to another program' });
    await chooseOption(cm.page, 'New program', 'Clinical Case Management · Clinical', dialog);
    const keep = dialog.getByRole('checkbox', { name: /Dr\. Jordan Clinician · Psychiatrist/ });
    expect(await keep.isChecked()).toBe(true);
    await dialog.getByText('The current care plan comes along', { exact: false }).waitFor();
    await expectAccessible(cm.page);
    await dialog.getByRole('textbox', { name: 'Reason for the move' }).fill('Stable: step down to clinical.');
    await dialog.getByRole('button', { name: 'Move to another program' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const episodes = await getJson<{
      items: { programName: string; stage: string; team: { name: string; role: string; endedAt: string | null }[] }[];
    }>(cm.page, `/api/clients/${c.clientId}/episodes`);
    const clinical = episodes.items.find((e) => e.programName === 'Clinical Case Management' && e.stage !== 'closed');
    expect(clinical?.team).toContainEqual(
      expect.objectContaining({ name: 'Dr. Jordan Clinician', role: 'psychiatrist', endedAt: null }),
    );
    const plans = await getJson<{ items: { status: string }[] }>(
      cm.page,
      `/api/episodes/${(clinical as unknown as { id: string }).id}/care-plans`,
    );
    expect(plans.items.map((p) => p.status)).toContain('effective');
    // Casey sent it: someone of the receiving program accepts it.
    const refused = await cm.page.request.post(
      `/api/episodes/${(clinical as unknown as { id: string }).id}/accept-handoff`,
      { data: {}, headers: c.headers },
    );
    expect(refused.status()).toBe(403);
    await cm.context.close();

    // The psychiatrist still opens the chart through the new episode's team.
    const clin = await newPage(browser);
    await signInToShell(clin.page, 'clinician@riverbend.example');
    await clin.page.goto(`/clients/${c.clientId}`);
    await clin.page.getByRole('region', { name: 'Client summary' }).waitFor();
    expect(await clin.page.getByText('No access to this chart').count()).toBe(0);
    await clin.context.close();
  });
});
