import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let timeZone: string;
let taskId: string;

// One signed-in tablet-sized page for the whole story (create -> complete -> notified).
beforeAll(async () => {
  browser = await launch();
  ({ context, page } = await newPage(browser, { width: 820, height: 1180 }));
  page.setDefaultTimeout(30_000); // this machine may be busy with other suites
  await signInToShell(page, 'case_manager@riverbend.example');
  ({ timeZone } = await me(page));
});
afterAll(async () => {
  await context.close();
  await browser.close();
});

/** The e2e database is shared by every spec: a random suffix keeps this task unique. */
const suffix = Math.random().toString(36).slice(2, 8);
const TITLE = `Call the pharmacy about refills ${suffix}`;

/** An instant as a datetime-local value in the organisation's zone (the form reads it there). */
function wallTime(instant: number, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

async function me(page: Page): Promise<{ timeZone: string }> {
  const res = await page.request.get('/api/auth/me');
  const body = (await res.json()) as { organization: { timeZone: string } };
  return { timeZone: body.organization.timeZone };
}

/** The reminder job runs in the background (nudged when a task is created): wait for its notification. */
async function waitForNotification(page: Page, taskId: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const res = await page.request.get('/api/notifications?limit=100');
    const body = (await res.json()) as { items: { entityId: string | null }[] };
    if (body.items.some((n) => n.entityId === taskId)) return;
    await page.waitForTimeout(500);
  }
  throw new Error('no notification for the task');
}

describe('tasks and the notification center', () => {
  it('a case manager creates a task on a tablet and sees it overdue first in My tasks', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tasks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor();
    await expectAccessible(page);

    // New task: due an hour ago (so it is overdue now), high priority, for me.
    await page.getByRole('button', { name: 'New task' }).click();
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await dialog.getByRole('textbox', { name: 'What needs doing' }).fill(TITLE);
    await dialog.getByRole('textbox', { name: 'Details' }).fill('Ask whether the prescription can be renewed.');
    await dialog.getByLabel('Due').fill(wallTime(Date.now() - 60 * 60_000, timeZone));
    await dialog.getByText('High', { exact: true }).click();
    await expectAccessible(page);
    const created = page.waitForResponse((r) => r.url().endsWith('/api/tasks') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Create task' }).click();
    const response = await created;
    expect(response.status()).toBe(201);
    taskId = ((await response.json()) as { id: string }).id;
    await dialog.waitFor({ state: 'hidden' });

    // In My tasks, overdue (said in words, with a red edge), before anything not yet due.
    const table = page.getByRole('table', { name: 'My tasks' });
    const row = table.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    expect(await row.getAttribute('data-overdue')).toBe('true');
    await expect.poll(() => row.getByText(/^Overdue by \d+ (minutes?|hours?)$/).count()).toBe(1);
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.hasAttribute('data-overdue')));
    expect(rows.indexOf(false) === -1 || rows.lastIndexOf(true) < rows.indexOf(false)).toBe(true);
    await expect.poll(() => page.getByRole('tab', { name: /^My tasks/ }).textContent()).toMatch(/\d+overdue/);
    await expectAccessible(page);
  });

  it('completes it from the list with what was done', async () => {
    const table = page.getByRole('table', { name: 'My tasks' });
    const row = table.getByRole('row').filter({ hasText: TITLE });
    await row.getByRole('button', { name: `Complete ${TITLE}` }).click();
    const done = page.getByRole('dialog', { name: `Complete: ${TITLE}` });
    await done.getByRole('textbox', { name: 'What was done' }).fill('Pharmacy will renew; pick-up Friday.');
    await done.getByRole('button', { name: 'Complete' }).click();
    await done.waitFor({ state: 'hidden' });
    await page.getByText('Task completed.').waitFor();
    await expect.poll(() => table.getByRole('row').filter({ hasText: TITLE }).count()).toBe(0);
  });

  it('the reminder job noticed it was overdue: the bell counts it and the center opens it', async () => {
    await waitForNotification(page, taskId);
    await page.reload();
    const bell = page.getByRole('button', { name: /^Notifications, \d+ unread$/ });
    await bell.waitFor();
    await bell.click();
    const center = page.getByRole('dialog', { name: 'Notifications' });
    const first = center.getByRole('listitem').filter({ hasText: 'Overdue: Task (unread)' }).first();
    await first.waitFor();
    await expectAccessible(page);
    await first.getByRole('button').click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/tasks/${taskId}`);
    await page.getByText('Completed', { exact: true }).first().waitFor();
    await page.getByText('Pharmacy will renew; pick-up Friday.').waitFor();
    await expectAccessible(page);
  });

  it('the notification center marks everything read', async () => {
    await page.goto('/notifications');
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await page.getByText('Everything is read.').waitFor();
    await expectAccessible(page);
  });
});
