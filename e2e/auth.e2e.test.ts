import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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
    // An admin starts on the user list (each role has its own work page).
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users');
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

  it('shows a generic error for a wrong password and, after repeated failures, how long to wait', async () => {
    const { context, page } = await newPage(browser);
    // A user no other spec signs in as: the delay this provokes lasts seconds to minutes.
    await signIn(page, 'privacy_officer@riverbend.example', 'not-the-right-password');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Email or password is incorrect.');
    for (let i = 0; i < 5; i++) {
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForLoadState('networkidle');
    }
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Too many failed sign-in attempts\. Wait/);
    await context.close();
  });
});

describe('landing pages', () => {
  it('sends each role to its own work page after sign-in and from /', async () => {
    const landings = [
      { email: 'intake_coordinator@riverbend.example', path: '/intake', heading: 'Intake queue' },
      { email: 'supervisor@riverbend.example', path: '/supervision', heading: 'Supervision' },
      { email: 'case_manager@riverbend.example', path: '/caseload', heading: 'My caseload' },
    ];
    for (const { email, path, heading } of landings) {
      const { context, page } = await newPage(browser);
      await signIn(page, email);
      await page.getByRole('heading', { name: heading, level: 1, exact: true }).waitFor();
      expect({ email, path: new URL(page.url()).pathname }).toEqual({ email, path });
      // The home address leads to the same page.
      await page.goto('/');
      await page.getByRole('heading', { name: heading, level: 1, exact: true }).waitFor();
      expect({ email, path: new URL(page.url()).pathname }).toEqual({ email, path });
      await context.close();
    }
  });

  it('returns to a deep link after sign-in instead of the role page', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/tasks');
    await expect.poll(() => page.url()).toContain('/login?next=%2Ftasks');
    await page.getByRole('textbox', { name: 'Email' }).fill('intake_coordinator@riverbend.example');
    await page.getByRole('textbox', { name: 'Password' }).fill(inject('demoPassword'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Tasks', level: 1, exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tasks');
    await context.close();
  });
});
