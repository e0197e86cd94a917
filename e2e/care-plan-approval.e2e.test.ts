import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';
import { clientInPlanning, openPlanTab, signOnScreen, suffix } from './plan-fixtures.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const goal = (id: string, domain: string, clientWords: string) => ({
  id,
  clientWords,
  needDomains: [domain],
  objectives: [],
  interventions: [],
});

describe('supervisor approval of care plans', () => {
  it('a signed plan waits for the supervisor, who approves it from the supervision queue', async () => {
    // The admin creates a program of its own that requires approval (other specs share the database
    // and take the first intensive program by name: this one sorts last so it is never theirs).
    const admin = await newPage(browser);
    await signInToShell(admin.page, 'admin@riverbend.example');
    const adminMe = (await (await admin.page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const created = await admin.page.request.post('/api/programs', {
      data: { name: `Zz approval ICM ${suffix}`, model: 'intensive', planApprovalRequired: true },
      headers: { 'x-csrf-token': adminMe.csrfToken },
    });
    expect(created.status()).toBe(201);
    const program = (await created.json()) as { id: string };
    const staff = (await (await admin.page.request.get('/api/staff')).json()) as {
      items: { id: string; roles: string[] }[];
    };
    for (const supervisor of staff.items.filter((u) => u.roles.includes('supervisor'))) {
      const added = await admin.page.request.post(`/api/programs/${program.id}/staff`, {
        data: { userId: supervisor.id, role: 'supervisor' },
        headers: { 'x-csrf-token': adminMe.csrfToken },
      });
      expect(added.status()).toBe(201);
    }
    await admin.context.close();

    // The case manager writes the plan (through the API) and signs it on screen.
    // Tall enough to show both goal editors at once for the drag.
    const cm = await newPage(browser, { width: 1280, height: 2600 });
    await signInToShell(cm.page, 'case_manager@riverbend.example');
    const c = await clientInPlanning(cm.page, 'Ilse', '1984-06-02', program.id);
    const draft = await cm.page.request.post(`/api/episodes/${c.episodeId}/care-plans`, {
      data: {},
      headers: c.headers,
    });
    const d = (await draft.json()) as { id: string; version: number };
    const saved = await cm.page.request.put(`/api/care-plans/${d.id}`, {
      data: {
        content: {
          goals: [
            goal('g1', 'housing', 'Keys to my own flat.'),
            goal('g2', 'income_benefits', 'Enough money for rent.'),
          ],
        },
        version: d.version,
      },
      headers: c.headers,
    });
    expect(saved.status()).toBe(200);
    await openPlanTab(cm.page, c.clientId);
    // Drag goal 2 above goal 1 by its handle (pointer; the buttons do it by keyboard).
    await cm.page.locator('[data-goal-id="g1"]').scrollIntoViewIfNeeded();
    const handle = cm.page.locator('[data-goal-id="g2"] [title="Drag to move goal 2"]');
    const target = await cm.page.locator('[data-goal-id="g1"]').boundingBox();
    const from = await handle.boundingBox();
    if (!target || !from) throw new Error('goals not laid out');
    await cm.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await cm.page.mouse.down();
    await cm.page.mouse.move(from.x + from.width / 2, target.y + 10, { steps: 12 });
    await cm.page.mouse.up();
    const first = cm.page.getByRole('group', { name: 'Goal 1', exact: true });
    await expect
      .poll(() => first.getByRole('textbox', { name: "Goal in the client's own words" }).inputValue())
      .toBe('Enough money for rent.');
    await cm.page
      .getByRole('status')
      .filter({ hasText: /^Saved at / })
      .waitFor();
    const sign = cm.page.getByRole('region', { name: 'Agreement and signatures' });
    await signOnScreen(cm.page, sign);
    await sign.getByRole('checkbox', { name: /I reviewed this plan with the client/ }).check();
    await sign.getByRole('button', { name: 'Sign and send for approval' }).click();
    const pending = cm.page.getByRole('region', { name: 'Care plan — version 1 (awaiting approval)' });
    await pending.getByText('Awaiting approval', { exact: true }).waitFor();
    expect(await pending.getByRole('button', { name: 'Approve: make effective' }).count()).toBe(0);
    await expectAccessible(cm.page);
    await cm.context.close();

    // The supervisor finds it in the queue and approves it from the client's plan tab.
    const sup = await newPage(browser);
    await signInToShell(sup.page, 'supervisor@riverbend.example');
    await sup.page.goto('/supervision');
    const queue = sup.page.getByRole('table', { name: 'Care plans awaiting your approval' });
    await queue.getByRole('link', { name: /^Ilse / }).click();
    const waiting = sup.page.getByRole('region', { name: 'Care plan — version 1 (awaiting approval)' });
    await waiting.waitFor();
    await expectAccessible(sup.page);
    await waiting.getByRole('button', { name: 'Approve: make effective' }).click();
    const effective = sup.page.getByRole('region', { name: 'Care plan — version 1' });
    await effective.getByText('Effective', { exact: true }).waitFor();
    await effective.getByText(/^Approved by /).waitFor();
    await sup.page.getByText(/^Next review due: /).waitFor();

    const plans = (await (await sup.page.request.get(`/api/episodes/${c.episodeId}/care-plans`)).json()) as {
      items: { status: string }[];
    };
    expect(plans.items.map((p) => p.status)).toEqual(['effective']);
    await sup.page.goto('/supervision');
    await sup.page.getByText('No care plans are waiting for your approval.').waitFor();
    await sup.context.close();
  }, 150_000);
});
