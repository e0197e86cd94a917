import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signIn, signInToShell } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('user administration', () => {
  it('an admin creates a user who can then sign in, without the admin section', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'admin@riverbend.example');
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Email' }).fill('jamie.nurse@riverbend.example');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Jamie Nurse');
    await dialog.getByRole('combobox', { name: 'Roles' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Clinician' }).click();
    await page.keyboard.press('Escape');
    // A common password is refused on the field.
    await dialog.getByRole('textbox', { name: 'Initial password' }).fill('password123456');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await expect.poll(() => dialog.textContent()).toContain('too common');
    await dialog.getByRole('textbox', { name: 'Initial password' }).fill('a long and quiet river');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await page.getByRole('cell', { name: 'jamie.nurse@riverbend.example' }).waitFor();
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();

    await signIn(page, 'jamie.nurse@riverbend.example', 'a long and quiet river');
    await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await context.close();
  });

  it('an admin resets the two-step sign-in of someone who lost their phone, never their own', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'admin@riverbend.example');
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: /^Reset two-step sign-in: .*Admin/ }).count()).toBe(0);
    await page
      .getByRole('button', { name: /^Reset two-step sign-in: / })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('lost both their authenticator app').waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Reset two-step sign-in' }).click();
    await page
      .getByText(/signed out everywhere/)
      .first()
      .waitFor();
    await context.close();
  });

  it('the audit log shows sign-ins to admins', async () => {
    const { context, page } = await newPage(browser);
    // One mistyped password first, so a failure is listed too (its badge must keep AA contrast).
    await signIn(page, 'admin@riverbend.example', 'not-the-admin-password');
    await page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' }).waitFor();
    await signInToShell(page, 'admin@riverbend.example');
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Action' }).fill('auth.login');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(async () => page.getByRole('cell', { name: 'auth.login' }).count()).toBeGreaterThan(0);
    await expect.poll(async () => page.getByText('Failure', { exact: true }).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await context.close();
  });
});
