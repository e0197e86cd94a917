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

describe('pages loaded on demand', () => {
  it('says so, inside the shell, when a page cannot be downloaded, and reloading recovers', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });

    // The connection drops just as the Tasks page's code is fetched.
    const tasksChunk = /\/assets\/tasks-page-[\w-]+\.js$/;
    await page.route(tasksChunk, (route) => route.abort('internetdisconnected'));
    await nav.getByRole('link', { name: 'Tasks' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
    await alert.waitFor();
    await nav.waitFor(); // the shell stays
    await expectAccessible(page);

    // Moving on clears the message; the other pages were never affected.
    await nav.getByRole('link', { name: 'Caseload' }).click();
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await alert.waitFor({ state: 'detached' });

    // Back on Tasks the message returns (that download failed); with the connection back, Reload brings the page.
    await nav.getByRole('link', { name: 'Tasks' }).click();
    await alert.waitFor();
    await page.unroute(tasksChunk);
    await alert.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tasks', exact: true }).waitFor();
    await context.close();
  });
});
