import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signIn } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('signing in and out', () => {
  it('signs in to the shell and out again, accessibly', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await expect.poll(() => page.url()).toContain('/login');
    await expectAccessible(page);
    await signIn(page, 'admin@riverbend.example');
    await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const item of ['Caseload', 'Clients', 'Referrals', 'Directory', 'Reports', 'Users', 'Programs', 'Audit log']) {
      await nav.getByRole('link', { name: item }).waitFor();
    }
    await expectAccessible(page);
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Careloop' }).waitFor();
    await page.goto('/admin/users');
    await expect.poll(() => page.url()).toContain('/login');
    await context.close();
  });

  it('shows a generic error for a wrong password and a clear lockout message', async () => {
    const { context, page } = await newPage(browser);
    // A user no other spec signs in as: the lockout this provokes lasts minutes.
    await signIn(page, 'privacy_officer@riverbend.example', 'not-the-right-password');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Email or password is incorrect.');
    for (let i = 0; i < 4; i++) {
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForLoadState('networkidle');
    }
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/locked/i);
    await context.close();
  });
});
