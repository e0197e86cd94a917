import { Secret, TOTP } from 'otpauth';
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

/** As the signed-in admin on `page`: a new clinician (their own account, so MFA here touches no other spec). */
async function createClinician(page: Page, email: string, password: string): Promise<string> {
  return page.evaluate(
    async ({ email, password }) => {
      const s = (await (await fetch('/api/auth/session')).json()) as { me: { csrfToken: string } };
      const res = await fetch('/api/admin/users', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': s.me.csrfToken },
        body: JSON.stringify({ email, name: 'Test Clinician', roles: ['clinician'], password }),
      });
      if (!res.ok) throw new Error(`create user: ${res.status}`);
      return ((await res.json()) as { id: string }).id;
    },
    { email, password },
  );
}

async function resetPassword(page: Page, userId: string, password: string): Promise<void> {
  await page.evaluate(
    async ({ userId, password }) => {
      const s = (await (await fetch('/api/auth/session')).json()) as { me: { csrfToken: string } };
      const res = await fetch(`/api/admin/users/${userId}/reset-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': s.me.csrfToken },
        body: JSON.stringify({ password }),
      });
      if (!res.ok) throw new Error(`reset: ${res.status}`);
    },
    { userId, password },
  );
}

// A code for the next time step: the one used to turn MFA on may not be used again.
const nextCode = (secret: string) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + 30_000 });

describe('your account', () => {
  it('changes the password, turns on two-step sign-in, and signs out another session', async () => {
    const email = 'mfa.tester@riverbend.example';
    const admin = await newPage(browser);
    await signInToShell(admin.page, 'admin@riverbend.example');
    await createClinician(admin.page, email, 'first long passphrase here');
    await admin.context.close();

    const { context, page } = await newPage(browser);
    await signInToShell(page, email, 'first long passphrase here');
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Your account' }).click();
    await page.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
    await expectAccessible(page);

    // Password: a mistyped current one is named on its field, then the change goes through.
    const passwordForm = page.getByRole('region', { name: 'Change password' });
    await passwordForm.getByLabel('Current password').fill('not my password at all');
    await passwordForm.getByLabel(/^New password/).fill('second long passphrase here');
    await passwordForm.getByLabel('Repeat the new password').fill('second long passphrase here');
    await passwordForm.getByRole('button', { name: 'Change password' }).click();
    await passwordForm.getByText('Your current password is not correct.').waitFor();
    await passwordForm.getByLabel('Current password').fill('first long passphrase here');
    await passwordForm.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed. Your other sessions were signed out.').waitFor();

    // Two-step sign-in: the key, a code from it, then the recovery codes shown once.
    const mfa = page.getByRole('region', { name: 'Two-step sign-in' });
    await mfa.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    const secret = (await mfa.getByTestId('mfa-secret').textContent())!.trim();
    expect(await mfa.getByRole('link', { name: 'Open in an authenticator app' }).getAttribute('href')).toMatch(
      /^otpauth:\/\/totp\//,
    );
    await expectAccessible(page);
    await mfa.getByRole('textbox', { name: 'Authentication code' }).fill('000000');
    await mfa.getByRole('button', { name: 'Turn on' }).click();
    await mfa.getByText('That code is not valid.', { exact: false }).waitFor();
    await mfa
      .getByRole('textbox', { name: 'Authentication code' })
      .fill(TOTP.generate({ secret: Secret.fromBase32(secret) }));
    await mfa.getByRole('button', { name: 'Turn on' }).click();
    const codes = mfa.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    await expect.poll(() => codes.count()).toBe(10);
    const recoveryCode = (await codes.first().textContent())!.trim();
    await expectAccessible(page);
    await mfa.getByRole('button', { name: 'I have saved them' }).click();
    await mfa.getByText('On: signing in asks for a code').waitFor();

    // A second browser: password, then a recovery code instead of the app.
    const other = await newPage(browser);
    await signIn(other.page, email, 'second long passphrase here');
    await other.page.getByRole('heading', { name: 'Two-step sign-in', level: 1 }).waitFor();
    await expectAccessible(other.page);
    await other.page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await other.page.getByRole('textbox', { name: 'Recovery code' }).fill(recoveryCode);
    await other.page.getByRole('button', { name: 'Verify' }).click();
    await other.page.getByRole('navigation', { name: 'Main navigation' }).waitFor();

    // Back in the first: two sessions listed; sign out the other one.
    await page.reload();
    const sessions = page.getByRole('table', { name: 'Your signed-in sessions' });
    await sessions.getByText('This browser').waitFor();
    await expect.poll(() => sessions.getByRole('row').count(), { timeout: 10_000 }).toBe(3); // header + 2
    await expectAccessible(page);
    const otherRow = sessions.getByRole('row').filter({ hasNotText: 'This browser' }).nth(1);
    await otherRow.getByRole('button', { name: /^Sign out the session of/ }).click();
    await page.getByText('That session was signed out.').waitFor();
    await expect.poll(() => sessions.getByRole('row').count(), { timeout: 10_000 }).toBe(2);
    await other.page.reload();
    await expect.poll(() => other.page.url()).toContain('/login');
    await other.context.close();

    // Signing in again asks for an app code.
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await signIn(page, email, 'second long passphrase here');
    await page.getByRole('textbox', { name: 'Authentication code' }).fill(nextCode(secret));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await context.close();
  }, 120_000);

  it('after an admin reset, the user must choose their own password first', async () => {
    const email = 'reset.tester@riverbend.example';
    const admin = await newPage(browser);
    await signInToShell(admin.page, 'admin@riverbend.example');
    const id = await createClinician(admin.page, email, 'original long passphrase');
    await resetPassword(admin.page, id, 'temporary long passphrase');
    await admin.context.close();

    const { context, page } = await newPage(browser);
    await signIn(page, email, 'temporary long passphrase');
    await page.getByRole('heading', { name: 'Choose your own password', level: 1 }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Current password').fill('temporary long passphrase');
    await page.getByLabel(/^New password/).fill('my very own passphrase');
    await page.getByLabel('Repeat the new password').fill('my very own passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await context.close();
  });
});
