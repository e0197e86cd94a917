import type { Locator, Page } from 'playwright-core';

/**
 * Picks `option` in a Mantine Select by keyboard and pointer, as a person would. On a loaded
 * machine a click can land while the dropdown is still opening and choose nothing, leaving the
 * list open over the buttons below: so wait for it to close, and try again if it did not.
 */
export async function chooseOption(page: Page, combobox: string, option: string, scope?: Locator): Promise<void> {
  const box = (scope ?? page.locator('body')).getByRole('combobox', { name: combobox });
  for (let attempt = 1; ; attempt++) {
    await box.focus();
    const list = page.getByRole('listbox');
    if (!(await list.isVisible())) await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: option }).click();
    try {
      await list.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}
