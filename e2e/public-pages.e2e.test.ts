import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Everything on the page that went wrong: console errors, uncaught errors, failed and refused requests. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`failed: ${req.method()} ${req.url()}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`${res.status()}: ${res.request().method()} ${res.url()}`);
  });
  return problems;
}

describe('public pages, signed out', () => {
  const pages = [
    { path: '/self-referral', heading: 'Help us match you to the right program' },
    { path: '/login', heading: 'Sign in to Careloop' },
  ];

  for (const { path, heading } of pages) {
    it(`${path} loads without a console error or a failed request`, async () => {
      const { context, page } = await newPage(browser);
      const problems = watchProblems(page);
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      // The session probe and the page's own requests have all been answered.
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
      expect(problems).toEqual([]);
      expect(new URL(page.url()).pathname).toBe(path);
      await context.close();
    });
  }
});
