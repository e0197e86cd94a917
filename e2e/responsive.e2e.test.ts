import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe.each([
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'phone', width: 390, height: 844 },
])('on a $name ($width px)', ({ width, height }) => {
  it('the navigation opens from the menu button and the page stays accessible', async () => {
    const { context, page } = await newPage(browser, { width, height });
    await signInToShell(page, 'case_manager@riverbend.example');
    await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
    // Below the sm breakpoint the navigation hides behind the menu button; at tablet width it stays.
    const burger = page.getByRole('button', { name: 'Toggle navigation' });
    if (await burger.isVisible()) await burger.click();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});

/** A client on Casey's caseload whose name is one long word (the widest a name cell can ask for). */
async function longNamedClient(page: Page): Promise<void> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { id: string; csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const client = await page.request.post('/api/clients', {
    data: {
      firstName: 'Maximilianobartholomew',
      lastName: 'Wolfeschlegelsteinhausenbergerdorff',
      dateOfBirth: '1975-01-01',
    },
    headers,
  });
  // The second viewport finds the first one's client (a likely duplicate is refused): it is there.
  if (client.status() === 409) return;
  expect(client.status()).toBe(201);
  const programs = (await (await page.request.get('/api/programs')).json()) as {
    items: { id: string; model: string }[];
  };
  const enrolled = await page.request.post(`/api/clients/${((await client.json()) as { id: string }).id}/episodes`, {
    data: { programId: programs.items.find((p) => p.model === 'intensive')?.id, primaryCaseManagerId: me.id },
    headers,
  });
  expect(enrolled.status()).toBe(201);
}

/** Badges in the caseload table whose text is cut off (an ellipsis, or clipped by its box). */
function clippedBadges(page: Page): Promise<string[]> {
  return page
    .getByRole('table', { name: 'Clients on the caseload' })
    .locator('.mantine-Badge-root, .mantine-Badge-label')
    .evaluateAll((els) =>
      els.filter((el) => el.scrollWidth > el.clientWidth).map((el) => (el.textContent ?? '').trim()),
    );
}

describe.each([
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
])('the caseload at $width × $height px', ({ width, height }) => {
  it('shows every column header on screen and every badge in full', async () => {
    const { context, page } = await newPage(browser, { width, height });
    await signInToShell(page, 'case_manager@riverbend.example');
    // Other specs add clients to this caseload; a long unbroken name must not push columns off screen.
    await longNamedClient(page);
    await page.reload();
    const table = page.getByRole('table', { name: 'Clients on the caseload' });
    await table.locator('tbody tr').first().waitFor();
    expect(await table.getByText('Suicide risk').count()).toBeGreaterThan(0);

    // Secondary columns may fold into the key ones, but every header shown is on screen.
    const headers = await table.getByRole('columnheader').all();
    expect(headers.length).toBeGreaterThanOrEqual(4);
    for (const header of headers) {
      const box = await header.boundingBox();
      const name = (await header.textContent()) ?? '';
      expect({ name, onScreen: !!box && box.x >= 0 && box.x + box.width <= width }).toEqual({ name, onScreen: true });
    }
    const next = await table.getByRole('columnheader', { name: 'Next contact due' }).boundingBox();
    expect(next).not.toBeNull();
    expect(next!.x).toBeGreaterThanOrEqual(0);
    expect(next!.x + next!.width).toBeLessThanOrEqual(width);
    expect(await clippedBadges(page)).toEqual([]);
    await expectAccessible(page);
    await context.close();
  });
});
