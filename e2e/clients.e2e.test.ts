import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function fillRegistration(page: Page, first: string, last: string, dob: string) {
  await page.getByRole('textbox', { name: 'Legal first name' }).fill(first);
  await page.getByRole('textbox', { name: 'Legal last name' }).fill(last);
  await page.getByLabel('Date of birth').fill(dob);
}

describe('client registry', () => {
  it('registers, finds with a typo, edits, and keeps a support network', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('link', { name: 'Register a client' }).click();
    await fillRegistration(page, 'Guadalupe', 'Villanueva', '1984-07-19');
    await page.getByRole('textbox', { name: 'Preferred name' }).fill('Lupe');
    await page.getByRole('textbox', { name: 'Pronouns' }).fill('she/her');
    await page.getByRole('textbox', { name: 'Phone' }).fill('555-321-9876');
    await page.getByRole('checkbox', { name: 'OK to text' }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Register' }).click();

    // The chart opens with the banner: preferred name, pronouns, MRN, communication preferences.
    const banner = page.getByRole('region', { name: 'Client summary' });
    await banner.getByRole('heading', { name: 'Lupe Villanueva' }).waitFor();
    expect(await banner.textContent()).toMatch(/she\/her.*MRN \d{8}/s);
    expect(await banner.textContent()).toContain('Texts OK');
    expect(await banner.textContent()).toContain('No voicemail');
    await expectAccessible(page);

    await page.getByRole('tab', { name: 'Support network' }).click();
    await page.getByRole('button', { name: 'Add a person' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Rosa Villanueva');
    await dialog.getByRole('textbox', { name: 'Phone' }).fill('555-111-2222');
    await dialog.getByRole('checkbox', { name: 'Client agrees to involve this person' }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Rosa Villanueva · Friend').waitFor();

    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('textbox', { name: 'Preferred name' }).fill('Lupita');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await banner.getByRole('heading', { name: 'Lupita Villanueva' }).waitFor();

    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('searchbox', { name: 'Search clients' }).fill('Vilanueva');
    const result = page.getByRole('link', { name: 'Villanueva, Guadalupe (Lupita)' });
    await result.waitFor();
    await expectAccessible(page);
    await result.click();
    await banner.waitFor();
    await context.close();
  });

  it('shows a clinician outside the care team only name, DOB and MRN, and only by name with DOB', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'clinician@riverbend.example');
    await page.goto('/clients');
    const box = page.getByRole('searchbox', { name: 'Search clients' });
    await page.getByText('Anyone else: MRN, or name with date of birth').waitFor();
    await box.fill('Villanueva');
    await page.getByText('No clients match').waitFor();
    await box.fill('Villanueva 1984-07-19');
    const row = page.getByRole('row').filter({ hasText: 'Villanueva, Guadalupe' });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Not on your caseload');
    expect(text).not.toContain('Lupita');
    expect(await row.getByRole('link').count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it('warns about a likely duplicate, side by side, and registers only after confirmation', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'intake_coordinator@riverbend.example');
    await page.goto('/clients/new');
    await fillRegistration(page, 'Robert', 'Castellanos', '1970-02-11');
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('region', { name: 'Client summary' }).waitFor();

    await page.goto('/clients/new');
    await fillRegistration(page, 'Bob', 'Castelanos', '1970-11-02');
    await page.getByRole('button', { name: 'Register' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'This person may already be registered' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('nickname of the first name');
    expect(await warning.textContent()).toContain('day and month of birth swapped');
    await expectAccessible(page);
    const registerAnyway = page.getByRole('button', { name: 'Register as a new client' });
    expect(await registerAnyway.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: 'I checked: this is a different person' }).check();
    await registerAnyway.click();
    await page
      .getByRole('region', { name: 'Client summary' })
      .getByRole('heading', { name: 'Bob Castelanos' })
      .waitFor();
    await context.close();
  });

  it('an admin reviews the queued pair, merges it, and undoes the merge', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'admin@riverbend.example');
    await page.getByRole('link', { name: 'Duplicates' }).click();
    await page.getByRole('heading', { name: 'Possible duplicates' }).waitFor();
    await page
      .getByRole('link', { name: /Compare: Castel/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Compare records' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'Reason for merging' }).fill('Same person: nickname and swapped date');
    // Which record to keep is chosen by name and MRN.
    const keep = page.getByRole('radio', { name: /^Keep Castellanos, Robert \(MRN \d{8}\)$/ });
    await keep.check();
    await page.getByRole('button', { name: 'Merge records' }).click();
    await page.getByRole('heading', { name: 'Possible duplicates' }).waitFor();
    // The merge names both people with their MRNs, not id prefixes.
    const merge = page.getByRole('article', { name: 'Merge into Castellanos, Robert' }).first();
    expect(await merge.textContent()).toMatch(/Kept: Castellanos, Robert · MRN \d{8}/);
    expect(await merge.textContent()).toMatch(/Merged in: Castelanos, Bob · MRN \d{8}/);
    await expectAccessible(page);
    const undo = page.getByRole('button', { name: 'Undo merge' }).first();
    await undo.waitFor();
    await undo.click();
    await expect.poll(() => page.getByText('Merge undone.').count()).toBeGreaterThan(0);
    await context.close();
  });
});
