import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export async function newPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: inject('baseURL'), viewport });
  const page = await context.newPage();
  return { context, page };
}

/** Fails on any serious or critical axe violation, listing them. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.mouse.move(0, 0); // judge the resting page, not a hover transition under the pointer
  await page.waitForTimeout(250);
  // Let running transitions finish (a notification fading in is half-transparent, and a loaded
  // machine can stretch that past the pause above).
  // Spinners loop forever: only finite animations are waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime ?? Infinity)))
        .map((a) => a.finished.catch(() => undefined)),
    ).then(() => undefined),
  );
  // A notification that appears after that wait would be judged half-faded: judge every element
  // in its final state by switching transitions off for the scan only.
  const still = await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation-duration: 0s !important; }',
  });
  const results = await new AxeBuilder({ page }).analyze();
  await still.evaluate((el) => (el as Element).remove());
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.html.slice(0, 200)).join(' | ')}`);
  expect(summary).toEqual([]);
}

export async function signIn(page: Page, email: string, password = inject('demoPassword')): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in and waits for the app shell. */
export async function signInToShell(page: Page, email: string, password = inject('demoPassword')): Promise<void> {
  await signIn(page, email, password);
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
}
