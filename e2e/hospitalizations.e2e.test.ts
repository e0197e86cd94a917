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

const ZONE = 'America/Chicago';
/** YYYY-MM-DD n days from today in the demo organisation's zone (never asserted against the clock). */
const ymd = (n: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() + n * 86_400_000));
/** A calendar date as the task list shows its day ("Dec 11, 2026"). */
const shown = (date: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(
    new Date(`${date}T12:00:00Z`),
  );
const plusDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface CaseloadItem {
  clientId: string;
  mrn: string;
  relation: string;
  stage: string;
}

describe('hospitalizations and post-discharge follow-up', () => {
  let mrn = '';
  const discharged = ymd(-1);

  it('a case manager records an admission, then the discharge; the day-7 and day-30 tasks are in the worklist', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const caseload = (await (await page.request.get('/api/caseload')).json()) as { items: CaseloadItem[] };
    const client = caseload.items.filter((i) => i.relation === 'primary' && i.stage !== 'closed').at(-1);
    expect(client).toBeDefined();
    mrn = client!.mrn;

    await page.goto(`/clients/${client!.clientId}?tab=hospital`);
    await page.getByRole('heading', { name: 'Hospital stays and ED visits' }).waitFor();
    await expectAccessible(page);

    // The admission, while the client is still in.
    await page.getByRole('button', { name: 'Record admission' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a hospital admission or ED visit' });
    await chooseOption(page, 'Kind of stay', 'Psychiatric inpatient', dialog);
    await dialog.getByRole('textbox', { name: 'Facility' }).fill('Lakeside Psychiatric Center');
    await dialog.getByLabel('Admitted on').fill(ymd(-5));
    await chooseOption(page, 'Principal diagnosis', 'Mental illness', dialog);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const stays = page.getByRole('table', { name: 'Hospital stays and ED visits' });
    const row = stays.getByRole('row').filter({ hasText: 'Lakeside Psychiatric Center' });
    await row.getByText('Still admitted').waitFor();

    // The discharge: the follow-up windows open.
    await row.getByRole('button', { name: 'Record discharge from Lakeside Psychiatric Center' }).click();
    const discharge = page.getByRole('dialog', { name: 'Record the discharge from Lakeside Psychiatric Center' });
    await discharge.getByLabel('Discharged on').fill(discharged);
    await discharge.getByRole('button', { name: 'Record discharge' }).click();
    await discharge.waitFor({ state: 'hidden' });
    await row.getByText('7-day follow-up: Due').waitFor();
    await row.getByText('30-day follow-up: Due').waitFor();
    await expectAccessible(page);

    // The tasks, due on day 7 and day 30 after the discharge (the discharge day not counted).
    await page.goto('/tasks');
    const mine = page.getByRole('table', { name: 'My tasks' });
    await mine
      .getByRole('row')
      .filter({ hasText: 'Follow-up visit within 7 days of discharge' })
      .filter({ hasText: shown(plusDays(discharged, 7)) })
      .first()
      .waitFor();
    await mine
      .getByRole('row')
      .filter({ hasText: 'Follow-up visit within 30 days of discharge' })
      .filter({ hasText: shown(plusDays(discharged, 30)) })
      .first()
      .waitFor();
    await expectAccessible(page);
    await context.close();
  }, 180_000);

  it("shows the client on the supervisor's post-discharge list", async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'supervisor@riverbend.example');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Post-discharge' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Post-discharge follow-up' }).waitFor();
    const table = page.getByRole('table', { name: 'Post-discharge follow-up' });
    const rows = table.getByRole('row').filter({ hasText: mrn }).filter({ hasText: 'Lakeside Psychiatric Center' });
    await rows.first().waitFor();
    await expect.poll(() => rows.first().textContent()).toContain(shown(discharged));
    await expectAccessible(page);
    await context.close();
  });
});
