import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  ({ context, page } = await newPage(browser));
  page.setDefaultTimeout(30_000); // this machine may be busy with other suites
  await signInToShell(page, 'directory_editor@riverbend.example');
});
afterAll(async () => {
  await context.close();
  await browser.close();
});

/** The e2e database is shared by every spec: a random token keeps these rows apart. */
const token = `zq${Math.random().toString(36).slice(2, 8)}`;
const HEADER = 'name,organizationName,category,languages,minAge,capacityStatus,lastVerifiedOn';

/** 1,000 services, three of them bad: file rows 11 (category), 501 (no name) and 1000 (age). */
function csvWithThreeBadRows(): string {
  const today = new Date().toISOString().slice(0, 10);
  const rows = Array.from({ length: 1000 }, (_, i) => {
    const n = i + 1;
    const name = n === 500 ? '' : `Bulk ${token} service ${n}`;
    const category = n === 10 ? 'housingg' : n % 2 ? 'food' : 'housing';
    const minAge = n === 999 ? 'eighteen' : '18';
    return `${name},Provider ${token} ${n % 25},${category},English;Spanish,${minAge},open,${today}`;
  });
  return [HEADER, ...rows].join('\n') + '\n';
}

async function servicesWithToken(): Promise<number> {
  const res = await page.request.get('/api/services/export.csv');
  return (await res.text()).split('\n').filter((l) => l.includes(`Bulk ${token}`)).length;
}

describe('service directory', () => {
  it('finds a service despite a typo, and the search page is accessible', async () => {
    await page.getByRole('link', { name: 'Directory' }).click();
    await page.getByRole('heading', { name: 'Service directory' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search services' }).fill('housng');
    await page.getByText('Housing First Program').waitFor();
    await page.getByRole('button', { name: 'Open: Housing First Program' }).waitFor();
    await expectAccessible(page);
  });

  it('reports the 3 bad rows of 1,000 and imports nothing, then imports the 997 good rows on request', async () => {
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByRole('heading', { name: 'Import services from CSV' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('CSV file').setInputFiles({
      name: 'directory.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csvWithThreeBadRows(), 'utf8'),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Nothing was imported: 3 of 1000 rows have errors.', { exact: false }).waitFor();
    const errorRows = page.getByTestId('import-error');
    expect(await errorRows.count()).toBe(3);
    expect((await errorRows.locator('td:first-child').allTextContents()).map(Number)).toEqual([11, 501, 1000]);
    expect(await errorRows.locator('td:nth-child(2)').allTextContents()).toEqual(['category', 'name', 'minAge']);
    expect(await servicesWithToken()).toBe(0);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Import the 997 good rows' }).click();
    await page.getByText('997 services imported.').waitFor();
    expect(await servicesWithToken()).toBe(997);
    await expectAccessible(page);
  });
});
