import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('crisis and transition follow-up settings', () => {
  it('lets a supervisor change the crisis follow-up clock, refuses a bad value field by field, and keeps it', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'supervisor@riverbend.example');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Crisis follow-up settings' })
      .click();
    await page.getByRole('heading', { name: 'Crisis and transition follow-up', level: 1 }).waitFor();
    const crisis = page.getByRole('region', { name: 'After a crisis' });
    const hours = crisis.getByRole('textbox', { name: 'Follow-up contact due within (hours)' });
    await expect(hours.inputValue()).resolves.toBe('24');
    await expect(
      page.getByRole('region', { name: 'After a psychiatric discharge' }).getByRole('textbox').inputValue(),
    ).resolves.toBe('72');
    await expectAccessible(page);

    // Out of bounds: the form says which field and why, and nothing is saved.
    await hours.fill('500');
    await crisis.getByRole('button', { name: 'Save' }).click();
    await crisis.getByText('Must be at most 168.').waitFor();
    const unchanged = (await (await page.request.get('/api/crisis-settings')).json()) as { followUpHours: number };
    expect(unchanged.followUpHours).toBe(24);

    await hours.fill('12');
    await crisis.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Settings saved.').first().waitFor();
    await page.reload();
    await expect(page.getByRole('region', { name: 'After a crisis' }).getByRole('textbox').inputValue()).resolves.toBe(
      '12',
    );

    // Put the agency's clock back so later specs see the default.
    await page.getByRole('region', { name: 'After a crisis' }).getByRole('textbox').fill('24');
    await page.getByRole('region', { name: 'After a crisis' }).getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(
        async () =>
          ((await (await page.request.get('/api/crisis-settings')).json()) as { followUpHours: number }).followUpHours,
      )
      .toBe(24);
    await context.close();
  }, 120_000);
});
