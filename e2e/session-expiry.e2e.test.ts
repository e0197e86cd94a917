import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launch, newPage, signInToShell } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('when the session ends mid-task', () => {
  it('asks to sign in again over the page and keeps what was typed', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'admin@riverbend.example');
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('button', { name: 'New user' }).click();
    const form = page.getByRole('dialog', { name: 'New user' });
    await form.getByRole('textbox', { name: 'Email' }).fill('late.entry@riverbend.example');
    await form.getByRole('textbox', { name: 'Name' }).fill('Half-typed Name');
    await form.getByRole('combobox', { name: 'Roles' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Peer specialist' }).click();
    await page.keyboard.press('Escape');
    await form.getByRole('textbox', { name: 'Initial password' }).fill('another long passphrase');

    // The session ends (as after the idle timeout): the cookie is gone.
    await context.clearCookies();
    await form.getByRole('button', { name: 'Create user' }).click();

    const reauth = page.getByRole('dialog', { name: 'Sign in again to continue' });
    await reauth.waitFor();
    expect(await form.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Half-typed Name');
    await reauth.getByRole('textbox', { name: 'Password' }).fill(inject('demoPassword'));
    await reauth.getByRole('button', { name: 'Sign in and continue' }).click();
    await reauth.waitFor({ state: 'hidden' });
    // The waiting request went through after re-authentication, with the typed values.
    await page.getByRole('cell', { name: 'late.entry@riverbend.example' }).waitFor();
    await expect.poll(() => page.getByRole('cell', { name: 'Half-typed Name', exact: true }).count()).toBe(1);
    await context.close();
  });
});
