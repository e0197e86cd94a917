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

const LAST = 'Crisiswell';
/** As the web formats a due time (the demo organisation is in America/Chicago). */
const formatDue = (iso: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Chicago',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));

describe('crisis events', () => {
  it('records a crisis, shows it on the banner, puts the follow-up in the worklist, and clears the banner when resolved with a note', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    // A client of the demo organisation enrolled for this spec (the seeded clients stay as other specs expect).
    const me = (await (await page.request.get('/api/auth/me')).json()) as { id: string; csrfToken: string };
    const headers = { 'x-csrf-token': me.csrfToken };
    const client = (await (
      await page.request.post('/api/clients', {
        data: { firstName: 'Dana', lastName: LAST, dateOfBirth: '1984-09-03' },
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

    // The Crises tab: nothing yet.
    await page.goto(`/clients/${client.id}?tab=crises`);
    await page.getByRole('heading', { name: 'Crisis events' }).waitFor();
    await page.getByText('No crisis recorded for this client.').waitFor();
    await expectAccessible(page);

    // Record one: triggers and actions by checkbox, the disposition, what happened.
    await page.getByRole('button', { name: 'Record a crisis' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a crisis' });
    await dialog.getByRole('checkbox', { name: 'Loss', exact: true }).check();
    await dialog.getByRole('checkbox', { name: 'Isolation', exact: true }).check();
    await dialog.getByRole('checkbox', { name: 'Phone de-escalation', exact: true }).check();
    await dialog.getByRole('checkbox', { name: 'Safety plan used', exact: true }).check();
    await chooseOption(page, 'Disposition', 'Stabilized in the community', dialog);
    await dialog
      .getByRole('textbox', { name: 'What happened' })
      .fill('Called after her brother’s funeral; talked it through.');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Record crisis' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The card, and the banner's open-crisis alert on every tab.
    const card = page.getByRole('article').filter({ hasText: 'Called after her brother’s funeral' });
    await card.getByText('Open', { exact: true }).waitFor();
    const banner = page.getByRole('alert').filter({ hasText: 'Open crisis' });
    await banner.waitFor();
    await expectAccessible(page);

    // The follow-up contact task in the worklist, due when the crisis says.
    const list = (await (await page.request.get(`/api/clients/${client.id}/crisis-events`)).json()) as {
      items: { followUpDueAt: string }[];
    };
    const due = list.items[0]?.followUpDueAt;
    expect(due).toBeTruthy();
    await page.goto('/tasks');
    const mine = page.getByRole('table', { name: 'My tasks' });
    const row = mine.getByRole('row').filter({ hasText: LAST }).filter({ hasText: 'Follow-up contact after a crisis' });
    await row.getByText(formatDue(due!)).waitFor();
    await expectAccessible(page);

    // The caseload row shows the open crisis.
    await page.goto('/caseload');
    await page.getByRole('searchbox', { name: 'Filter by name or MRN' }).fill(LAST);
    const caseRow = page.getByRole('table', { name: 'Clients on the caseload' }).locator('tbody tr');
    await expect.poll(() => caseRow.count()).toBe(1);
    await caseRow.getByText('Open crisis').waitFor();

    // Resolve it with a note: the banner alert goes.
    await page.goto(`/clients/${client.id}?tab=crises`);
    await banner.waitFor();
    await card.getByRole('button', { name: 'Resolve crisis' }).click();
    const resolve = page.getByRole('dialog', { name: 'Resolve crisis' });
    await resolve.getByRole('button', { name: 'Resolve', exact: true }).click();
    await resolve.getByText('Say how the crisis was resolved.').waitFor();
    await resolve.getByRole('textbox', { name: 'Resolution note' }).fill('Seen at home next day; calm, plan reviewed.');
    await expectAccessible(page);
    await resolve.getByRole('button', { name: 'Resolve', exact: true }).click();
    await resolve.waitFor({ state: 'hidden' });
    await card.getByText('Resolved', { exact: true }).waitFor();
    await banner.waitFor({ state: 'detached' });
    await expectAccessible(page);

    // A later crisis ends in an admission: the card offers to record the stay, dated from the crisis.
    await page.getByRole('button', { name: 'Record a crisis' }).click();
    await dialog.getByRole('checkbox', { name: 'Conflict', exact: true }).check();
    await dialog.getByRole('checkbox', { name: 'Mobile crisis team', exact: true }).check();
    await chooseOption(page, 'Disposition', 'Admitted to hospital', dialog);
    await dialog
      .getByRole('textbox', { name: 'What happened' })
      .fill('Mobile team found her unsafe at home; admitted.');
    await dialog.getByRole('button', { name: 'Record crisis' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const admittedCard = page.getByRole('article').filter({ hasText: 'Mobile team found her unsafe at home' });
    await admittedCard.getByRole('button', { name: 'Record the admission' }).click();
    const stay = page.getByRole('dialog', { name: 'Record a hospital admission or ED visit' });
    await expect(stay.getByLabel('Admitted on').inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await chooseOption(page, 'Kind of stay', 'Psychiatric inpatient', stay);
    await stay.getByRole('textbox', { name: 'Facility' }).fill('Harbor View Behavioral Unit');
    await chooseOption(page, 'Principal diagnosis', 'Intentional self-harm', stay);
    await expectAccessible(page);
    await stay.getByRole('button', { name: 'Save' }).click();
    await stay.waitFor({ state: 'hidden' });
    const stays = (await (await page.request.get(`/api/clients/${client.id}/hospitalizations`)).json()) as {
      items: { facility: string; crisisEventId: string | null }[];
    };
    const crises = (await (await page.request.get(`/api/clients/${client.id}/crisis-events`)).json()) as {
      items: { id: string; summary: string }[];
    };
    const admittedCrisis = crises.items.find((c) => c.summary.startsWith('Mobile team'));
    expect(stays.items.find((h) => h.facility === 'Harbor View Behavioral Unit')?.crisisEventId).toBe(
      admittedCrisis?.id,
    );
    await page.goto(`/clients/${client.id}?tab=hospital`);
    await page
      .getByRole('table', { name: 'Hospital stays and ED visits' })
      .getByText('Harbor View Behavioral Unit')
      .waitFor();
    await context.close();
  }, 180_000);
});
