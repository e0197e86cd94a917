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

const LAST = 'Appellanti';
/** YYYY-MM-DD a few days from now (the demo organisation is in America/Chicago). */
const inDays = (n: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date(Date.now() + n * 86_400_000));

describe('advocacy and unmet needs', () => {
  it('opens an appeal with its deadline task, records a step, closes it with an outcome, and records an unmet need', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const me = (await (await page.request.get('/api/auth/me')).json()) as { id: string; csrfToken: string };
    const headers = { 'x-csrf-token': me.csrfToken };
    const client = (await (
      await page.request.post('/api/clients', {
        data: { firstName: 'Marisol', lastName: LAST, dateOfBirth: '1979-04-12' },
        headers,
      })
    ).json()) as { id: string };
    const programs = (await (await page.request.get('/api/programs')).json()) as {
      items: { id: string; model: string }[];
    };
    const enrolled = await page.request.post(`/api/clients/${client.id}/episodes`, {
      data: { programId: programs.items.find((p) => p.model === 'intensive')?.id, primaryCaseManagerId: me.id },
      headers,
    });
    expect(enrolled.status()).toBe(201);

    // A new case with an appeal due in 5 days.
    await page.goto(`/clients/${client.id}?tab=advocacy`);
    await page.getByRole('heading', { name: 'Advocacy cases' }).waitFor();
    await page.getByText('No advocacy case for this client.').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'New advocacy case' }).click();
    const dialog = page.getByRole('dialog', { name: 'New advocacy case' });
    await chooseOption(page, 'Kind of case', 'Benefit denial', dialog);
    await dialog.getByRole('textbox', { name: 'Other party', exact: true }).fill('State Medicaid Office');
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Renewal denied for a missing pay stub.');
    await dialog.getByRole('textbox', { name: 'What is due' }).fill('Appeal due');
    await dialog.getByLabel('Due date').fill(inDays(5));
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Open case' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The case's detail: the deadline, due in 5 days.
    await page.getByRole('heading', { name: 'Benefit denial: State Medicaid Office' }).waitFor();
    const deadlines = page.getByRole('table', { name: 'Deadlines' });
    await deadlines.getByRole('row').filter({ hasText: 'Appeal due' }).getByText('Due in 5 days').waitFor();
    await expectAccessible(page);

    // A step taken.
    await page.getByRole('textbox', { name: 'What was done' }).fill('Faxed the appeal with the pay stub.');
    await page.getByRole('button', { name: 'Record step' }).click();
    await page.getByRole('list', { name: 'Steps taken' }).getByText('Faxed the appeal with the pay stub.').waitFor();

    // The deadline task is in the case manager's tasks.
    await page.goto('/tasks');
    const mine = page.getByRole('table', { name: 'My tasks' });
    await mine.getByRole('row').filter({ hasText: LAST }).filter({ hasText: 'Advocacy deadline' }).first().waitFor();
    await expectAccessible(page);

    // The case on the caseload, with its deadline.
    await page.goto('/caseload');
    await page.getByRole('searchbox', { name: 'Filter by name or MRN' }).fill(LAST);
    const row = page.getByRole('table', { name: 'Clients on the caseload' }).locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    await row.getByText(/Advocacy: Appeal due/).waitFor();

    // Close it with an outcome: the outcome is required.
    await page.goto(`/clients/${client.id}?tab=advocacy`);
    await page.getByRole('button', { name: /Open case Benefit denial/ }).click();
    await page.getByRole('button', { name: 'Close case' }).click();
    const close = page.getByRole('dialog', { name: 'Close the advocacy case' });
    await chooseOption(page, 'Status', 'Partly won', close);
    await close.getByRole('button', { name: 'Close case' }).click();
    await close.getByText('Say how the case ended.').first().waitFor();
    await close
      .getByRole('textbox', { name: 'Outcome' })
      .fill('Appeal partly granted: coverage restored from the hearing date.');
    await close.getByRole('button', { name: 'Close case' }).click();
    await close.waitFor({ state: 'hidden' });
    await page.getByText('Appeal partly granted: coverage restored from the hearing date.').waitFor();
    await page.getByRole('button', { name: 'Reopen' }).waitFor();

    // The deadline task closed with the case.
    await page.goto('/tasks');
    await page.getByRole('table', { name: 'My tasks' }).waitFor();
    await expect
      .poll(() => page.getByRole('table', { name: 'My tasks' }).getByRole('row').filter({ hasText: LAST }).count())
      .toBe(0);

    // An unmet need: no such service.
    await page.goto(`/clients/${client.id}?tab=advocacy`);
    await page.getByRole('button', { name: 'Record unmet need' }).click();
    const need = page.getByRole('dialog', { name: 'Record an unmet need' });
    await chooseOption(page, 'Service category', 'Transportation', need);
    await chooseOption(page, 'Why nothing fitted', 'No such service exists', need);
    await need.getByRole('textbox', { name: 'Note' }).fill('No paratransit reaches the client’s street.');
    await expectAccessible(page);
    await need.getByRole('button', { name: 'Record unmet need' }).click();
    await need.waitFor({ state: 'hidden' });
    const needs = page.getByRole('table', { name: 'Unmet needs' });
    await needs.getByRole('row').filter({ hasText: 'Transportation' }).filter({ hasText: 'Open' }).waitFor();
    await expectAccessible(page);
    await context.close();
    // A long walk through four pages with six accessibility scans, on a shared machine.
  }, 180_000);

  it('shows the supervisor the unmet needs counted by category, with a CSV download', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'supervisor@riverbend.example');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const table = page.getByRole('table', { name: 'Unmet needs by category and reason' });
    const transport = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Transportation' }) });
    await transport.waitFor();
    // Recorded by the case manager above (and by the demo seed): at least one, still open.
    const cells = await transport.getByRole('cell').allTextContents();
    expect(Number(cells[0])).toBeGreaterThanOrEqual(1);
    expect(Number(cells[1])).toBeGreaterThanOrEqual(1);
    await page.getByRole('img', { name: /Bar chart of unmet needs/ }).waitFor();
    await expectAccessible(page);
    const download = page.getByRole('link', { name: 'Download CSV' });
    const href = await download.getAttribute('href');
    const csv = await page.request.get(href ?? '');
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toMatch(/^category,recorded,open/);
    await context.close();
  });
});
