import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
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
