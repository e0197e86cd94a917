import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { activeClient } from './active-client.js';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';
import { chooseOption } from './combobox.js';
import { suffix } from './plan-fixtures.js';
import { startServer, stopServer, type ServerProcess } from './server-process.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const HOUSING_GOAL = {
  id: 'g-housing',
  clientWords: 'A place of my own.',
  category: 'housing',
  needDomains: ['housing'],
};

/** Opens the plan tab and the "Refer" dialog of goal 1. */
async function openReferDialog(page: Page, clientId: string) {
  await page.goto(`/clients/${clientId}?tab=plan`);
  await page.getByRole('heading', { level: 2, name: 'Care plan' }).waitFor();
  await page.getByRole('button', { name: 'Refer for goal 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Refer for goal 1' });
  await dialog.waitFor();
  return dialog;
}

describe('referrals', () => {
  it('refers from a plan goal, warns of a duplicate, and the provider answers on a phone', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const c = await activeClient(
      page,
      { firstName: 'Ines', lastName: `Referral-${suffix}` },
      'intensive',
      HOUSING_GOAL,
    );

    // First housing referral from the goal, to a directory service: the category comes from the
    // goal (and filters the search); saved as a draft.
    let dialog = await openReferDialog(page, c.clientId);
    expect(await dialog.getByRole('combobox', { name: 'Service category' }).inputValue()).toBe('Housing');
    await dialog.getByRole('searchbox', { name: 'Search services' }).fill('emergncy shelter');
    await dialog.getByRole('button', { name: 'Choose: Emergency Shelter Beds' }).click();
    await dialog.getByText('Chosen: Emergency Shelter Beds — Harbor Light Shelter').waitFor();
    await dialog.getByRole('textbox', { name: 'Why is the client referred?' }).fill('Needs stable housing.');
    expect(await dialog.getByRole('checkbox', { name: 'Housing', exact: true }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Save draft' }).click();
    await dialog.getByText('Referral saved as a draft.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).last().click();

    // A second housing referral: the duplicate warning shows what the client already has.
    dialog = await openReferDialog(page, c.clientId);
    await dialog.getByRole('radio', { name: 'Another provider (not in the directory)' }).check();
    await dialog.getByRole('textbox', { name: 'Provider name' }).fill('Lakeside Shelter');
    await dialog.getByRole('textbox', { name: 'Why is the client referred?' }).fill('Back-up housing option.');
    await dialog.getByRole('button', { name: 'Send now' }).click();
    const warning = dialog.getByRole('alert').filter({ hasText: 'The client may already have this service' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Harbor Light Shelter — Housing, Draft (same category)');
    expect(await dialog.getByRole('button', { name: 'Send now' }).isDisabled()).toBe(true);
    await expectAccessible(page);
    // The case manager decides against it.
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // The goal lists the draft; opening it sends it, and the link is shown once.
    const goal = page.getByRole('region', { name: 'Referrals for goal 1' });
    await goal.getByRole('button', { name: 'Open referral to Harbor Light Shelter' }).click();
    const detail = page.getByRole('dialog', { name: 'Referral to Harbor Light Shelter' });
    await detail.getByRole('button', { name: 'Send to provider' }).click();
    await detail.getByText('Provider link (shown once)').first().waitFor();
    const link = await detail.getByTestId('partner-link').inputValue();
    expect(link).toMatch(/\/partner\/referrals\/[A-Za-z0-9_-]{20,}$/);
    await expectAccessible(page);
    await detail.getByRole('button', { name: 'Close' }).first().click();

    // The board lists it among the open referrals, with a link to the chart's referral; axe clean.
    await page.goto('/referrals');
    await page.getByRole('heading', { level: 1, name: 'Referrals' }).waitFor();
    const requested = page.getByRole('region', { name: /^Requested \(/ });
    const clientLink = requested.getByRole('link', { name: `Open referrals of Referral-${suffix}, Ines` });
    await clientLink.waitFor();
    await expectAccessible(page);
    await clientLink.click();
    await page.getByRole('dialog', { name: 'Referral to Harbor Light Shelter' }).waitFor();
    await page.keyboard.press('Escape');

    // The provider, on a phone, no sign-in: accepts with a first appointment date.
    const phone = await newPage(browser, { width: 390, height: 844 });
    await phone.page.goto(link);
    await phone.page.getByRole('heading', { level: 1, name: /^Referral from / }).waitFor();
    await phone.page.getByText('Needs stable housing.').waitFor();
    await expectAccessible(phone.page);
    const accept = phone.page.getByRole('button', { name: 'Accept' });
    expect((await accept.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    await accept.click();
    await phone.page.getByLabel('First appointment date (if you have one)').fill('2026-03-02');
    await phone.page.getByRole('button', { name: 'Send answer: Accept' }).click();
    await phone.page.getByText(/^Thank you\. Your answer was sent/).waitFor();
    await phone.page.getByText('Status: Accepted').waitFor();
    // A decline would need a reason; completing asks what was provided.
    await phone.page.getByRole('button', { name: 'Mark as completed' }).click();
    await phone.page.getByLabel('What was provided').fill('Housing voucher issued; first appointment attended.');
    await phone.page.getByRole('button', { name: 'Send answer: Mark as completed' }).click();
    await phone.page.getByText('Status: Completed').waitFor();
    await phone.page.getByText('There is nothing more to answer on this referral. Thank you.').waitFor();
    await expectAccessible(phone.page);
    await phone.context.close();

    // The goal shows it, with its outcome.
    await page.goto(`/clients/${c.clientId}?tab=plan`);
    const goalAfter = page.getByRole('region', { name: 'Referrals for goal 1' });
    await goalAfter.getByText('Completed', { exact: true }).waitFor();
    await goalAfter.getByText(/^Outcome: .*Housing voucher issued/).waitFor();

    // Closed referrals show on the board when asked for.
    await page.goto('/referrals');
    await chooseOption(page, 'Status', 'Completed');
    await page
      .getByRole('region', { name: /^Completed \(/ })
      .getByRole('link', { name: `Open referrals of Referral-${suffix}, Ines` })
      .waitFor();

    // A revoked or unknown link shows a plain page, nothing of the client.
    const stranger = await newPage(browser, { width: 390, height: 844 });
    await stranger.page.goto('/partner/referrals/not-a-real-token-but-long-enough-to-parse');
    await stranger.page.getByRole('heading', { level: 1, name: 'This link is no longer valid' }).waitFor();
    await expectAccessible(stranger.page);
    await stranger.context.close();
    await context.close();
  }, 180_000);

  it('raises a follow-up task when a referral stays requested past the agency limit', async () => {
    // Its own server, restarted "8 days later" on the same data (the test clock of the harness).
    const env = { CARELOOP_DEMO_PASSWORD: inject('demoPassword'), RATE_LIMIT_ENABLED: 'false' };
    let server: ServerProcess = await startServer(env);
    const dataDir = server.dataDir;
    try {
      const first = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
      const page = await first.newPage();
      await signInToShell(page, 'case_manager@riverbend.example');
      const c = await activeClient(
        page,
        { firstName: 'Olu', lastName: `Waiting-${suffix}` },
        'intensive',
        HOUSING_GOAL,
      );
      const created = await page.request.post(`/api/clients/${c.clientId}/referrals`, {
        data: {
          provider: { name: 'Slow Housing Co' },
          category: 'housing',
          reason: 'Needs housing.',
          goalId: HOUSING_GOAL.id,
          episodeId: c.episodeId,
          send: true,
        },
        headers: c.headers,
      });
      expect(created.status()).toBe(201);
      expect(((await created.json()) as { status: string }).status).toBe('requested');
      await first.close();
      await stopServer(server);

      const clock = path.resolve(import.meta.dirname, 'shift-clock.mjs');
      server = await startServer(
        {
          ...env,
          NODE_OPTIONS: `--import=${clock}`,
          CARELOOP_E2E_CLOCK_OFFSET_MS: String(8 * 24 * 60 * 60 * 1000),
        },
        dataDir,
      );
      const later = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
      const page2 = await later.newPage();
      await signInToShell(page2, 'case_manager@riverbend.example');
      // The catch-up sweep at start raises the follow-up task for the referral's case manager.
      await expect
        .poll(
          async () => {
            await page2.goto('/tasks');
            const task = page2.getByText('Follow up on a referral').first();
            return task.waitFor({ timeout: 5_000 }).then(
              () => true,
              () => false,
            );
          },
          { timeout: 60_000, interval: 1_000 },
        )
        .toBe(true);
      await page2.goto('/referrals');
      const overdue = page2.getByRole('region', { name: /^Follow-up due \(/ });
      await overdue.getByRole('link', { name: `Open referrals of Waiting-${suffix}, Olu` }).click();

      // The case manager phones the provider and records its answer; a decline needs a reason.
      const detail = page2.getByRole('dialog', { name: 'Referral to Slow Housing Co' });
      await chooseOption(page2, 'New status', 'Declined', detail);
      await detail.getByRole('button', { name: 'Save status' }).click();
      await detail.getByText('Give a reason for rejected.').waitFor();
      await detail.getByRole('textbox', { name: 'Reason' }).fill('No vacancies until spring.');
      await detail.getByRole('button', { name: 'Save status' }).click();
      await detail.getByText('Declined · ').first().waitFor();
      expect(await detail.getByText('recorded for the provider by staff').count()).toBeGreaterThan(0);
      await expectAccessible(page2);
      await later.close();
    } finally {
      await stopServer(server);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);

  it('lets a supervisor set the agency limits', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'supervisor@riverbend.example');
    await page.goto('/referrals');
    await page.getByRole('link', { name: 'Referral settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Referral settings' }).waitFor();
    const days = page.getByRole('textbox', { name: 'Follow up when a referral stays requested for (days)' });
    await days.fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter 1 or more.').waitFor();
    await days.fill('7');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Settings saved.').waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
