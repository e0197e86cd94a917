import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, signInToShell } from './browser.js';
import { startServer, stopServer, type ServerProcess } from './server-process.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The demo client mid-transition from ICM to supportive case management (seed/demo-transitions.ts). */
const LAST = 'Lindqvist';

async function demoClient(page: Page): Promise<{ clientId: string; sendingId: string; receivingId: string }> {
  const caseload = (await (await page.request.get('/api/caseload')).json()) as {
    items: { clientId: string; lastName: string }[];
  };
  const clientId = caseload.items.find((i) => i.lastName === LAST)!.clientId;
  const eps = (await (await page.request.get(`/api/clients/${clientId}/episodes`)).json()) as {
    items: { id: string; model: string }[];
  };
  return {
    clientId,
    sendingId: eps.items.find((e) => e.model === 'intensive')!.id,
    receivingId: eps.items.find((e) => e.model === 'supportive')!.id,
  };
}

describe('transition between levels of care', () => {
  it('ICM → supportive: hand-off checklist, acceptance, post-transition check-ins, then the old episode closes', async () => {
    const env = { CARELOOP_DEMO_PASSWORD: inject('demoPassword'), RATE_LIMIT_ENABLED: 'false' };
    let server: ServerProcess = await startServer(env);
    const dataDir = server.dataDir;
    try {
      const cmContext = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
      const page = await cmContext.newPage();
      await signInToShell(page, 'case_manager@riverbend.example');
      const { clientId, sendingId, receivingId } = await demoClient(page);

      // The sending team sees the transition panel with two hand-off items left.
      await page.goto(`/clients/${clientId}?tab=episodes`);
      const panel = page.getByRole('region', { name: 'Transition' }).first();
      await panel.getByRole('heading', { name: 'Hand-off checklist' }).waitFor();
      await panel.getByText('2 items left').waitFor();
      await panel.getByText('Community Support').first().waitFor();
      await panel.getByRole('heading', { name: 'Step-down criteria' }).waitFor();
      await expectAccessible(page);

      // The receiving supervisor cannot accept yet: the checklist holds the hand-off back.
      const supContext = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
      const sup = await supContext.newPage();
      await signInToShell(sup, 'supervisor@riverbend.example');
      await sup.goto(`/clients/${clientId}?tab=episodes`);
      await sup.getByRole('button', { name: 'Accept hand-off' }).click();
      await sup
        .getByText(/hand-off checklist/i)
        .first()
        .waitFor();
      const stillSending = (await (await sup.request.get(`/api/episodes/${sendingId}`)).json()) as { stage: string };
      expect(stillSending.stage).toBe('transition');

      // The case manager completes the checklist.
      await panel
        .getByRole('textbox', { name: 'Note for the next item you mark (optional)' })
        .fill('Met at the drop-in centre.');
      await panel.getByRole('button', { name: 'Mark done: Client met the new team' }).click();
      await panel.getByText('1 item left').waitFor();
      await panel.getByRole('button', { name: 'Mark done: Safety plan reviewed' }).click();
      await panel.getByText('Complete', { exact: true }).waitFor();
      await expectAccessible(page);

      // Now the receiving supervisor accepts; the check-in schedule appears.
      await sup.reload();
      await sup.getByRole('button', { name: 'Accept hand-off' }).click();
      const supPanel = sup.getByRole('region', { name: 'Transition' }).first();
      const schedule = supPanel.getByRole('table', { name: 'Post-transition check-ins' });
      await schedule.waitFor();
      await expect.poll(() => schedule.locator('tbody tr').count()).toBe(4);
      await expectAccessible(sup);

      // The receiving team tells the old team how the client is doing.
      await supPanel.getByRole('button', { name: 'Record check-in' }).click();
      const dialog = sup.getByRole('dialog', { name: 'Record check-in' });
      await dialog.getByRole('textbox', { name: 'From whom' }).fill('Sam, receiving supervisor');
      await dialog
        .getByRole('textbox', { name: 'How the client is doing' })
        .fill('Settled in; kept both appointments.');
      await expectAccessible(sup);
      await dialog.getByRole('button', { name: 'Save check-in' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await schedule.getByText('Settled in; kept both appointments.').waitFor();

      // The old team's case manager is told, and their first check-in task is closed by it.
      const notes = (await (await page.request.get('/api/notifications')).json()) as { items: { kind: string }[] };
      expect(notes.items.some((n) => n.kind === 'transition_check_in')).toBe(true);
      const tasks = (await (await page.request.get(`/api/clients/${clientId}/tasks`)).json()) as {
        items: { kind: string; status: string }[];
      };
      const checkIns = tasks.items.filter((t) => t.kind === 'transition_check_in');
      expect(checkIns.filter((t) => t.status === 'open')).toHaveLength(3);
      await page.reload();
      await page.getByRole('table', { name: 'Post-transition check-ins' }).first().waitFor();
      await expectAccessible(page);
      await cmContext.close();
      await supContext.close();
      await stopServer(server);

      // 31 days later the post-transition period is over: the start-up sweep closes the ICM episode.
      const clock = path.resolve(import.meta.dirname, 'shift-clock.mjs');
      server = await startServer(
        { ...env, NODE_OPTIONS: `--import=${clock}`, CARELOOP_E2E_CLOCK_OFFSET_MS: String(31 * 24 * 60 * 60 * 1000) },
        dataDir,
      );
      const later = await browser.newContext({ baseURL: server.baseURL, viewport: { width: 1280, height: 800 } });
      const page2 = await later.newPage();
      await signInToShell(page2, 'case_manager@riverbend.example');
      await expect
        .poll(
          async () =>
            ((await (await page2.request.get(`/api/episodes/${sendingId}`)).json()) as { stage?: string }).stage,
          { timeout: 60_000, interval: 1_000 },
        )
        .toBe('closed');
      const closed = (await (await page2.request.get(`/api/episodes/${sendingId}`)).json()) as {
        closureReason: string;
      };
      expect(closed.closureReason).toBe('transferred_out');
      const receiving = (await (await page2.request.get(`/api/episodes/${receivingId}`)).json()) as { stage: string };
      expect(receiving.stage).not.toBe('closed');
      await page2.goto(`/clients/${clientId}?tab=episodes`);
      await page2
        .getByText(/post-transition period ended/)
        .first()
        .waitFor();
      await expectAccessible(page2);
      await later.close();
    } finally {
      await stopServer(server);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 480_000);
});
