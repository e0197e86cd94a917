import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signIn, signInToShell } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The e2e database is shared by every spec: a random suffix keeps these people unique. */
const suffix = Math.random().toString(36).slice(2, 8);
const PASSWORD = 'a long and quiet river of approvals';

async function csrf(page: Page): Promise<Record<string, string>> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string; id: string };
  return { 'x-csrf-token': me.csrfToken };
}

describe('an admin raising their own roles', () => {
  it('waits for a second admin, who approves it on the approvals page', async () => {
    // A new admin asks; the demo admin (another admin) decides. The demo admin's own roles stay as
    // they are, so other specs that staff supervisors are not affected.
    const requesterName = `Rowan Requester ${suffix}`;
    const requesterEmail = `rowan.${suffix}@riverbend.example`;
    const demo = await newPage(browser);
    await signInToShell(demo.page, 'admin@riverbend.example');
    const created = await demo.page.request.post('/api/admin/users', {
      data: { email: requesterEmail, name: requesterName, roles: ['admin'], password: PASSWORD },
      headers: await csrf(demo.page),
    });
    expect(created.status()).toBe(201);

    const { context, page } = await newPage(browser);
    await signIn(page, requesterEmail, PASSWORD);
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('button', { name: `Edit ${requesterName}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Roles you add to yourself need a second admin’s approval').waitFor();
    await dialog.getByRole('combobox', { name: 'Roles' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Clinician' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('waits for a second admin to approve').waitFor();
    const row = page.getByRole('row').filter({ hasText: requesterEmail });
    expect(await row.textContent()).not.toContain('Clinician');

    await page.getByRole('link', { name: 'Approvals' }).click();
    await page.getByRole('heading', { name: 'Admin approvals', level: 1 }).waitFor();
    const mine = page.getByRole('row').filter({ hasText: requesterName });
    await mine.getByText('Your own request: another admin decides.').waitFor();
    expect(await mine.getByRole('button').count()).toBe(0);
    await expectAccessible(page);
    await context.close();

    await demo.page.getByRole('link', { name: 'Approvals' }).click();
    const theirs = demo.page.getByRole('row').filter({ hasText: requesterName });
    await theirs.getByText('Add roles: Clinician').waitFor();
    await expectAccessible(demo.page);
    await theirs.getByRole('button', { name: `Approve the change requested by ${requesterName}` }).click();
    await demo.page.getByText('Approved: the change applies.').waitFor();
    await demo.page.getByRole('link', { name: 'Users' }).click();
    await expect
      .poll(() => demo.page.getByRole('row').filter({ hasText: requesterEmail }).textContent())
      .toContain('Admin, Clinician');
    await demo.context.close();
  }, 150_000);
});

describe('the care team offers only what the reader may do', () => {
  it('shows a peer specialist on the team no transfer, move or team edits', async () => {
    const cm = await newPage(browser);
    await signInToShell(cm.page, 'case_manager@riverbend.example');
    const headers = await csrf(cm.page);
    const me = (await (await cm.page.request.get('/api/auth/me')).json()) as { id: string };
    const client = (await (
      await cm.page.request.post('/api/clients', {
        data: { firstName: 'Perpetua', lastName: `Lindqvist${suffix.replace(/\d/g, 'x')}`, dateOfBirth: '1979-04-17' },
        headers,
      })
    ).json()) as { id: string };
    const programs = (await (await cm.page.request.get('/api/programs')).json()) as {
      items: { id: string; model: string }[];
    };
    const enrolled = await cm.page.request.post(`/api/clients/${client.id}/episodes`, {
      data: { programId: programs.items.find((p) => p.model === 'intensive')?.id, primaryCaseManagerId: me.id },
      headers,
    });
    expect(enrolled.status()).toBe(201);
    const episode = (await enrolled.json()) as { id: string };
    const staff = (await (await cm.page.request.get('/api/staff')).json()) as {
      items: { id: string; roles: string[] }[];
    };
    const peerId = staff.items.find((s) => s.roles.includes('peer_specialist'))?.id;
    const joined = await cm.page.request.post(`/api/episodes/${episode.id}/team`, {
      data: { role: 'peer_specialist', userId: peerId },
      headers,
    });
    expect(joined.status()).toBe(201);
    // The primary case manager is offered all of it.
    await cm.page.goto(`/clients/${client.id}?tab=episodes`);
    const card = cm.page.getByRole('article', { name: 'Intensive Case Management' });
    await card.getByRole('button', { name: 'Add member' }).waitFor();
    expect(await card.getByRole('button', { name: 'Reassign case manager' }).count()).toBe(1);
    await cm.context.close();

    const { context, page } = await newPage(browser);
    await signInToShell(page, 'peer_specialist@riverbend.example');
    await page.goto(`/clients/${client.id}?tab=episodes`);
    const seen = page.getByRole('article', { name: 'Intensive Case Management' });
    await seen.getByRole('table', { name: 'Care team members' }).waitFor();
    for (const name of ['Add member', 'Reassign case manager', 'Move to another program']) {
      expect(await seen.getByRole('button', { name }).count()).toBe(0);
    }
    expect(await seen.getByRole('button', { name: /^End the care team membership/ }).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  }, 150_000);
});
