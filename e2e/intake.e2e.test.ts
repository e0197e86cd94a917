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

// The e2e database is shared by every spec file: names are unique per run.
const suffix = Math.random().toString(36).slice(2, 8);
const firstName = 'Marisol';
const lastName = `Quintero${suffix}`;
let reference = '';

describe('intake and screening', () => {
  it('a person refers themself on the public page, signed out', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/self-referral');
    await page.getByRole('heading', { level: 1, name: 'Help us match you to the right program' }).waitFor();
    // The crisis banner comes first, with 988 and the agency's own line.
    const banner = page.getByRole('complementary', { name: 'In crisis now? Call or text 988' });
    await banner.getByRole('link', { name: 'Call 988' }).waitFor();
    await banner.getByRole('link', { name: /Riverbend 24\/7 Crisis Line/ }).waitFor();
    await expectAccessible(page);

    // The honeypot is out of sight, out of the accessibility tree and out of the tab order.
    const honeypot = page.locator('input[name="website"]');
    expect(await honeypot.getAttribute('tabindex')).toBe('-1');
    expect(await honeypot.getAttribute('autocomplete')).toBe('off');
    const box = await honeypot.boundingBox();
    expect(box === null || box.x + box.width <= 0).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Website' }).count()).toBe(0);
    await page.getByRole('textbox', { name: 'First name' }).focus();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).not.toBe('website');
    }

    // Required names are checked before sending.
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Enter a first name.').waitFor();

    await page.getByRole('radio', { name: 'Yes', exact: true }).check();
    await page.getByRole('textbox', { name: 'First name' }).fill(firstName);
    await page.getByRole('textbox', { name: 'Last name' }).fill(lastName);
    await page.getByRole('textbox', { name: 'Phone', exact: true }).fill('555-404-1234');
    // A 400 from the server is shown next to its field.
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('not-an-email');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Enter a valid email address.').waitFor();
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('');
    await page.getByRole('radio', { name: 'Text message' }).check();
    await page.getByRole('checkbox', { name: 'It is OK to leave a message' }).check();
    await page.getByRole('checkbox', { name: 'A place to live' }).check();
    await page.getByRole('checkbox', { name: 'Help with mental health' }).check();
    const message = page.getByRole('textbox', { name: /Anything else/ });
    await message.fill('I lost my apartment and <b>my meds</b> ran out.');
    await page.getByText('47 of 2000 characters used').waitFor();
    await page.getByRole('button', { name: 'Send' }).click();

    const done = page.getByRole('heading', { level: 1, name: 'Thank you. We received your request.' });
    await done.waitFor();
    const text = (await page.getByRole('main').textContent()) ?? '';
    const match = /^Your reference: (\S+)$/.exec((await page.getByText(/^Your reference: /).textContent()) ?? '');
    expect(match).not.toBeNull();
    reference = match?.[1] ?? '';
    expect(reference).not.toBe('R-000000');
    // Only the reference comes back: nothing that was typed is echoed.
    expect(text).not.toContain(lastName);
    expect(await banner.getByRole('link', { name: 'Text 988' }).count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });

  it('the intake coordinator screens it, registers the person and enrols them in ICM', async () => {
    expect(reference).not.toBe('');
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'intake_coordinator@riverbend.example');
    await page.getByRole('link', { name: 'Intake', exact: true }).click();
    const table = page.getByRole('table', { name: 'Intakes, soonest due first' });
    const open = table.getByRole('link', { name: `Open intake ${reference}` });
    await open.waitFor();
    const row = table.getByRole('row').filter({ hasText: reference });
    expect(await row.textContent()).toContain('Web form (self-referral)');
    expect(await row.textContent()).toMatch(/Due in|Overdue by/);
    await expectAccessible(page);

    await open.click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`${reference}: ${firstName} ${lastName}`) }).waitFor();
    // Their message is shown as text, never as markup.
    await page.getByText('I lost my apartment and <b>my meds</b> ran out.').waitFor();
    // Someone else changes the intake meanwhile: the change is refused, said so, and the page reloads.
    const intakeId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const current = (await (await page.request.get(`/api/intakes/${intakeId}`)).json()) as { version: number };
    const other = await page.request.patch(`/api/intakes/${intakeId}`, {
      data: { needs: ['housing', 'mental_health_treatment'], version: current.version },
      headers: { 'x-csrf-token': me.csrfToken },
    });
    expect(other.status()).toBe(200);
    // First contact records the brief screen: PHQ-2 and the C-SSRS screener.
    const screen = page.getByRole('form', { name: 'First contact: brief screen' });
    const pick = async (group: string, n: string, label: string) =>
      screen
        .getByRole('group', { name: group })
        .getByRole('radiogroup', { name: new RegExp(`^${n}\\. `) })
        .getByRole('radio', { name: label, exact: true })
        .click();
    await pick('PHQ-2', '1', 'More than half the days');
    await pick('PHQ-2', '2', 'Several days');
    await pick('C-SSRS screener', '1', 'No');
    await pick('C-SSRS screener', '2', 'No');
    await pick('C-SSRS screener', '6', 'No');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Record first contact' }).click();
    await page.getByRole('alert').filter({ hasText: 'Someone else changed this intake' }).waitFor();
    await page.getByRole('button', { name: 'Record first contact' }).click();
    await page.getByText('First contact recorded.').waitFor();
    // The screen's result replaces the form: a positive PHQ-2 asks for the full PHQ-9.
    await page.getByText('PHQ-2: 3 (positive)').waitFor();
    await page.getByText('PHQ-2 positive: give the full PHQ-9 at assessment.').waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Find existing client' }).click();
    await page.getByText('No existing client looks like this person.').waitFor();
    await page.getByRole('button', { name: 'Register as new client' }).click();
    await page.getByRole('button', { name: 'Register and link' }).click();
    await page.getByText('Enter the date of birth').waitFor();
    await page.getByLabel('Date of birth').fill('1991-05-23');
    await page.getByRole('button', { name: 'Register and link' }).click();
    await page.getByText(/Linked to client MRN \d+/).waitFor();

    await chooseOption(page, 'Matched program', 'Intensive Case Management (Intensive (ICM))');
    await page
      .getByRole('textbox', { name: 'Reason for the decision' })
      .fill('Homeless, off medication, two recent ED visits: needs weekly contact.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Decision recorded.').waitFor();

    await chooseOption(page, 'Primary case manager', 'Casey Manager');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Enrol in Intensive Case Management' }).click();
    const status = page.getByRole('status').filter({ hasText: 'This intake is closed' });
    await status.waitFor();
    expect(await status.textContent()).toContain('Outcome: Enrolled');
    const chart = status.getByRole('link', { name: 'Open the client’s chart' });
    const href = (await chart.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/clients\/[0-9a-f-]{36}$/);
    await expectAccessible(page);

    // The chart now belongs to the care team: Casey Manager opens it and is primary case manager.
    const cm = await newPage(browser);
    await signInToShell(cm.page, 'case_manager@riverbend.example');
    await cm.page.goto(href);
    await cm.page
      .getByRole('region', { name: 'Client summary' })
      .getByRole('heading', { name: `${firstName} ${lastName}` })
      .waitFor();
    await cm.page.getByRole('tab', { name: 'Episodes' }).click();
    const team = cm.page.getByRole('table', { name: 'Care team members' });
    await team
      .getByRole('row')
      .filter({ hasText: 'Casey Manager' })
      .filter({ hasText: 'Primary case manager' })
      .waitFor();
    expect(await cm.page.getByRole('tabpanel').textContent()).toContain('Intensive Case Management');
    // ...and finds the new client on her dashboard with the first contact due within the ICM week.
    await cm.page.goto('/caseload');
    const caseRow = cm.page
      .getByRole('table', { name: 'Clients on the caseload' })
      .getByRole('row')
      .filter({ hasText: lastName });
    await caseRow.waitFor();
    const rowText = (await caseRow.textContent()) ?? '';
    expect(rowText).toContain('Intensive (ICM)');
    expect(rowText).toContain('None yet');
    await cm.context.close();

    // The queue keeps it, closed with its outcome.
    await page.goto('/intake');
    await page.getByRole('radiogroup', { name: 'Show' }).getByText('Closed', { exact: true }).click();
    expect(await page.getByRole('radio', { name: 'Closed' }).isChecked()).toBe(true);
    const closedRow = page
      .getByRole('table', { name: 'Intakes, soonest due first' })
      .getByRole('row')
      .filter({ hasText: reference });
    await closedRow.waitFor();
    expect(await closedRow.textContent()).toContain('Enrolled');
    await context.close();
  });

  it('an admin edits a program’s caseload cap', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'admin@riverbend.example');
    await page.getByRole('link', { name: 'Programs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programs and agency settings' }).waitFor();
    const table = page.getByRole('table', { name: 'Programs and their settings' });
    await table.getByRole('row').filter({ hasText: 'Strengths-Based Recovery' }).waitFor();
    await page.getByRole('textbox', { name: 'Crisis line phone' }).waitFor();
    await expectAccessible(page);

    const cap = String(20 + Math.floor(Math.random() * 10));
    await page.getByRole('button', { name: 'Edit Strengths-Based Recovery' }).click();
    const dialog = page.getByRole('dialog');
    const capInput = dialog.getByRole('textbox', { name: 'Caseload cap per staff member (clients)' });
    await capInput.fill(cap);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Program saved.').waitFor();
    const row = table.getByRole('row').filter({ hasText: 'Strengths-Based Recovery' });
    await expect.poll(async () => (await row.getByRole('cell').nth(4).textContent())?.trim()).toBe(cap);

    // Program staff: the seeded supervisor is listed; an on-call member is added, then removed.
    await page.getByRole('button', { name: 'Staff of Community Support' }).click();
    const staffDialog = page.getByRole('dialog');
    const seeded = staffDialog.getByRole('button', { name: 'Remove Sam Supervisor (Supervisor)' });
    await seeded.waitFor();
    await chooseOption(page, 'Staff member', 'Pat Peer');
    await chooseOption(page, 'Role in the program', 'On call');
    await staffDialog.getByRole('button', { name: 'Add' }).click();
    const remove = staffDialog.getByRole('button', { name: 'Remove Pat Peer (On call)' });
    await remove.waitFor();
    await expectAccessible(page);
    await remove.click();
    await expect.poll(() => remove.count()).toBe(0);
    expect(await seeded.count()).toBe(1);
    await page.keyboard.press('Escape');
    await staffDialog.waitFor({ state: 'detached' });

    // Agency settings save with their version.
    await page.getByRole('button', { name: 'Save agency settings' }).click();
    await page.getByText('Agency settings saved.').waitFor();
    await context.close();
  });

  it('staff enter a referral by hand and close it with an outcome', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'intake_coordinator@riverbend.example');
    await page.goto('/intake');
    await page.getByRole('link', { name: 'New referral' }).click();
    await page.getByRole('heading', { level: 1, name: 'New referral' }).waitFor();
    await page.getByRole('button', { name: 'Create intake' }).click();
    await page.getByText('Describe the reason for referral.').waitFor();
    await chooseOption(page, 'Source of referral', 'Hospital / inpatient unit');
    await page.getByRole('radio', { name: 'Urgent' }).check();
    await page.getByRole('textbox', { name: 'Reason for referral' }).fill('Discharge planning: needs follow-up.');
    await page.getByRole('checkbox', { name: 'Housing' }).check();
    await page.getByRole('textbox', { name: 'First name' }).fill('Tobias');
    await page.getByRole('textbox', { name: 'Last name' }).fill(`Lindqvist${suffix}`);
    await page.getByRole('textbox', { name: 'Referrer name' }).fill('St. Mary Unit 4 social work');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create intake' }).click();

    const heading = page.getByRole('heading', { level: 1, name: new RegExp(`Tobias Lindqvist${suffix}`) });
    await heading.waitFor();
    const summary = page.getByRole('region', { name: 'Intake summary' });
    expect(await summary.textContent()).toContain('Urgent');
    expect(await summary.textContent()).toContain('Hospital / inpatient unit');

    await chooseOption(page, 'Outcome', 'Referred elsewhere');
    await page
      .getByRole('textbox', { name: 'Reason (e.g. where the person was referred)' })
      .fill('Lives out of county: referred to the county CMHC.');
    await page.getByRole('button', { name: 'Close intake' }).click();
    const closed = page.getByRole('status').filter({ hasText: 'This intake is closed' });
    await closed.waitFor();
    expect(await closed.textContent()).toContain('Outcome: Referred elsewhere');
    expect(await page.getByRole('button', { name: 'Record decision' }).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });
});
