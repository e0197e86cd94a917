import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeClient } from './active-client.js';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';

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

async function getJson<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url);
  expect(res.status()).toBe(200);
  return (await res.json()) as T;
}

describe('safety plan: offered by a high C-SSRS, written and signed with the client, printed as a card', () => {
  it('the urgent task opens the plan form; signing closes it; the card prints', async () => {
    const cm = await newPage(browser);
    await signInToShell(cm.page, 'case_manager@riverbend.example');
    const lastName = `Safetyplan${run}`;
    const c = await activeClient(cm.page, { firstName: 'Noor', lastName });

    // A C-SSRS with high answers (attempt-related behaviour) raises the urgent safety-plan task.
    await cm.page.goto(`/clients/${c.clientId}`);
    await cm.page.getByRole('tab', { name: 'Assessments' }).click();
    await cm.page.getByRole('heading', { name: 'Assessment history' }).waitFor();
    await cm.page.getByRole('button', { name: 'Give C-SSRS screen' }).click();
    const cssrs = cm.page.getByRole('dialog', { name: 'Columbia-Suicide Severity Rating Scale (C-SSRS) Screen' });
    await answer(cssrs, '1', 'Yes');
    await answer(cssrs, '2', 'Yes');
    await answer(cssrs, '3', 'No');
    await answer(cssrs, '4', 'No');
    await answer(cssrs, '5', 'Yes');
    await answer(cssrs, '6', 'No');
    await cssrs.getByRole('button', { name: 'Review and sign' }).click();
    await cssrs.getByRole('button', { name: 'Sign and save' }).click();
    await cssrs.getByRole('heading', { name: 'Result saved' }).waitFor();
    await cssrs.getByRole('button', { name: 'Done' }).click();
    await cssrs.waitFor({ state: 'hidden' });

    const tasks = await getJson<{ items: { id: string; kind: string; status: string; priority: string }[] }>(
      cm.page,
      `/api/clients/${c.clientId}/tasks`,
    );
    const planTask = tasks.items.find((x) => x.kind === 'safety_plan');
    expect(planTask).toMatchObject({ status: 'open', priority: 'urgent' });

    // The banner says there is no plan while the suicide-risk flag is open.
    await cm.page.getByRole('link', { name: 'No safety plan' }).waitFor();

    // The worklist's task opens the plan form.
    await cm.page.goto(`/tasks/${planTask?.id ?? ''}`);
    await cm.page.getByRole('link', { name: 'Open the safety plan form' }).click();
    await cm.page.getByRole('heading', { name: 'Safety plan', level: 2 }).waitFor();
    await cm.page.getByRole('button', { name: 'Start a safety plan with the client' }).click();

    const section = (n: number, name: string) => cm.page.getByRole('group', { name: `${n}. ${name}` });
    // 988 is there from the start.
    const pros = section(5, 'Professionals and crisis lines');
    expect(await pros.getByRole('textbox', { name: 'Phone', exact: true }).first().inputValue()).toBe('988');

    const signs = section(1, 'When to use this plan: my warning signs');
    await signs.getByRole('button', { name: /^Add to/ }).click();
    await signs.getByRole('textbox', { name: 'Item 1', exact: true }).fill('Not sleeping and pacing at night');
    const coping = section(2, 'Things I can do on my own');
    await coping.getByRole('button', { name: /^Add to/ }).click();
    await coping.getByRole('textbox', { name: 'Item 1', exact: true }).fill('Walk by the river');
    const help = section(4, 'People I can ask for help');
    await help.getByRole('button', { name: /^Add to/ }).click();
    await help.getByRole('textbox', { name: 'Name 1', exact: true }).fill('Amira');
    await help.getByRole('textbox', { name: 'Relationship', exact: true }).fill('Sister');
    await help.getByRole('textbox', { name: 'Phone', exact: true }).fill('(555) 010-4545');
    const matters = section(7, 'What matters most to me');
    await matters.getByRole('button', { name: /^Add to/ }).click();
    await matters.getByRole('textbox', { name: 'Item 1', exact: true }).fill('My son');

    await cm.page.getByRole('button', { name: 'Save draft' }).click();
    await cm.page.getByText('Draft saved.').waitFor();
    await expectAccessible(cm.page);

    // Signed with the client: the staff member signs, the client's signature is attested.
    await cm.page.getByRole('checkbox', { name: 'The client has read and signed this plan with me' }).check();
    await cm.page.getByRole('button', { name: 'Sign the plan' }).click();
    await cm.page.getByText('Plan signed. The safety-plan tasks are closed.').waitFor();
    await cm.page.getByRole('link', { name: 'Safety plan', exact: true }).waitFor();
    await cm.page
      .getByRole('table', { name: 'Version history' })
      .getByRole('cell', { name: 'Signed', exact: true })
      .waitFor();
    await expectAccessible(cm.page);

    const closed = await getJson<{ status: string }>(cm.page, `/api/tasks/${planTask?.id ?? ''}`);
    expect(closed.status).toBe('completed');

    // The pocket card opens in a new tab, ready to print.
    const [card] = await Promise.all([
      cm.context.waitForEvent('page'),
      cm.page.getByRole('link', { name: 'Print pocket card' }).click(),
    ]);
    await card.waitForLoadState();
    expect(card.url()).toMatch(/\/api\/safety-plans\/[0-9a-f-]{36}\/print$/);
    const text = (await card.textContent('body')) ?? '';
    expect(text).toContain('My safety plan');
    expect(text).toContain('Not sleeping and pacing at night');
    expect(text).toContain('People I can ask for help');
    expect(text).toContain('988');
    await expectAccessible(card);
    await cm.context.close();
  }, 180_000);
});
