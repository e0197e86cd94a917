import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';
import { chooseOption } from './combobox.js';
import { suffix } from './plan-fixtures.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

type Json = Record<string, unknown>;

/** The API as the signed-in page calls it (session cookie and CSRF header). */
async function apiAs(page: Page) {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { id: string; csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const post = async <T = Json>(url: string, data: unknown, status: number): Promise<T> => {
    const res = await page.request.post(url, { data, headers });
    expect(res.status(), `${url}: ${await res.text()}`).toBe(status);
    return (await res.json()) as T;
  };
  const get = async <T = Json>(url: string): Promise<T> => {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(200);
    return (await res.json()) as T;
  };
  return { me, post, get };
}

/** A new client of the case manager's in Intensive Case Management (screening stage), through the API. */
async function clientInIcm(page: Page, firstName: string, lastName: string) {
  const api = await apiAs(page);
  const client = await api.post<{ id: string; mrn: string }>(
    '/api/clients',
    { firstName, lastName, dateOfBirth: '1988-07-14' },
    201,
  );
  const programs = await api.get<{ items: { id: string; model: string; name: string }[] }>('/api/programs');
  const icm = programs.items.find((p) => p.name === 'Intensive Case Management');
  if (!icm) throw new Error('no demo ICM program');
  const episode = await api.post<{ id: string; version: number }>(
    `/api/clients/${client.id}/episodes`,
    { programId: icm.id, primaryCaseManagerId: api.me.id },
    201,
  );
  return { api, client, programId: icm.id, episode, name: `${lastName}, ${firstName}` };
}

describe("the supervisor's safety view", () => {
  it('a PHQ-9 item 9 answer shows on /supervision and reaches the care team’s clinician, naming the client', async () => {
    const cm = await newPage(browser);
    await signInToShell(cm.page, 'case_manager@riverbend.example');
    const c = await clientInIcm(cm.page, 'Wren', `Halloway-${suffix}`);
    // The psychiatrist joins the care team: a clinician who must hear of a new suicide-risk flag.
    const staff = await c.api.get<{ items: { id: string; name: string }[] }>('/api/staff');
    const clinician = staff.items.find((s) => s.name === 'Dr. Jordan Clinician');
    await c.api.post(`/api/episodes/${c.episode.id}/team`, { role: 'psychiatrist', userId: clinician?.id }, 201);
    const result = await c.api.post<{ actions: { flagsRaised: string[]; tasksCreated: string[] } }>(
      `/api/clients/${c.client.id}/assessments`,
      { instrument: 'phq9', answers: [1, 1, 1, 0, 1, 0, 1, 0, 1], episodeId: c.episode.id },
      201,
    );
    // careloop-safety@3: item 9 ≥ 1 also offers a safety plan.
    expect(result.actions).toMatchObject({
      flagsRaised: ['suicide_risk'],
      tasksCreated: ['cssrs_screen', 'safety_plan'],
    });
    // The C-SSRS task is the giver's, within its clock: in neither safety list yet. Handed to the
    // program's team, it has nobody's name on it, and the supervisor's view lists it as unowned.
    const tasks = await c.api.get<{ items: { id: string; kind: string; version: number }[] }>(
      `/api/clients/${c.client.id}/tasks`,
    );
    const cssrs = tasks.items.find((t) => t.kind === 'cssrs_screen');
    if (!cssrs) throw new Error('no C-SSRS task');
    await c.api.post(`/api/tasks/${cssrs.id}/assign`, { assignedProgramId: c.programId, version: cssrs.version }, 200);
    await cm.context.close();

    const sup = await newPage(browser);
    await signInToShell(sup.page, 'supervisor@riverbend.example');
    await sup.page.goto('/supervision');
    await sup.page.getByRole('heading', { level: 1, name: 'Supervision' }).waitFor();
    // Safety comes first on the page.
    await sup.page.getByRole('heading', { level: 2, name: 'Safety' }).waitFor();
    expect(await sup.page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Safety');
    const flags = sup.page.getByRole('table', { name: 'Open suicide-risk flags' });
    const flagRow = flags.getByRole('row').filter({ hasText: c.name });
    await flagRow.waitFor();
    expect(await flagRow.textContent()).toContain(c.client.mrn);
    expect(await flagRow.textContent()).toContain('Suicide risk');
    expect(await flagRow.getByRole('link', { name: c.name }).getAttribute('href')).toBe(`/clients/${c.client.id}`);
    const unowned = sup.page.getByRole('table', { name: 'Safety tasks with no owner' });
    const taskRow = unowned.getByRole('row').filter({ hasText: c.name });
    await taskRow.getByText('Give the C-SSRS screen').waitFor();
    expect(await taskRow.textContent()).toContain('Casey Manager');
    await expectAccessible(sup.page);
    await taskRow.getByRole('link', { name: `Open to assign: Give the C-SSRS screen for ${c.name}` }).click();
    await expect.poll(() => new URL(sup.page.url()).pathname).toBe(`/tasks/${cssrs.id}`);

    // The supervisor was alerted at once too, with the client named (they may open the chart).
    await sup.page.goto('/notifications');
    const supAlert = sup.page.getByRole('listitem').filter({ hasText: `${c.name} · MRN ${c.client.mrn}` });
    await supAlert.getByText('New alert: Suicide risk').waitFor();
    await sup.context.close();

    const doc = await newPage(browser);
    await signInToShell(doc.page, 'clinician@riverbend.example');
    await doc.page.goto('/notifications');
    await doc.page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    // The clinician also hears that they joined this client's team: pick the alert's own row.
    const alert = doc.page
      .getByRole('listitem')
      .filter({ hasText: `${c.name} · MRN ${c.client.mrn}` })
      .filter({ hasText: 'New alert: Suicide risk' });
    await alert.getByText('New alert: Suicide risk').waitFor();
    expect(await alert.getByRole('button').getAttribute('data-urgent')).toBe('true');
    await expectAccessible(doc.page);
    // It opens the chart's risk tab (ids only in the address).
    await alert.getByRole('button').click();
    await expect.poll(() => new URL(doc.page.url()).pathname).toBe(`/clients/${c.client.id}`);
    expect(new URL(doc.page.url()).search).toBe('?tab=risk');
    await doc.page.getByRole('tab', { name: 'Risk & needs', selected: true }).waitFor();
    await doc.context.close();
  }, 150_000);

  it('a case manager’s closure as lost contact waits on the card until the supervisor signs it off', async () => {
    const cm = await newPage(browser);
    await signInToShell(cm.page, 'case_manager@riverbend.example');
    const c = await clientInIcm(cm.page, 'Ines', `Lost-${suffix}`);
    await cm.page.goto(`/clients/${c.client.id}?tab=episodes`);
    const card = cm.page.getByRole('article', { name: 'Intensive Case Management' });
    await card.getByRole('radio', { name: 'Closed' }).check();
    await chooseOption(cm.page, 'Closure reason', 'Lost contact', card);
    await card.getByText(/^A supervisor of the program signs off a closure as lost contact/).waitFor();
    await card.getByRole('textbox', { name: 'Closing summary' }).fill('Three outreach attempts, no answer since May.');
    await card.getByRole('button', { name: 'Change stage' }).click();
    await cm.page.getByText("Sent for a supervisor's sign-off.", { exact: false }).waitFor();
    await card
      .getByText(/^Closure as lost contact is waiting for a supervisor's sign-off \(asked by Casey Manager on /)
      .waitFor();
    await card.getByText('Closing summary: Three outreach attempts, no answer since May.').waitFor();
    // Still open, and no sign-off buttons for the person who asked (nor for a case manager).
    await card.getByRole('listitem').filter({ hasText: 'Screening (current)' }).waitFor();
    expect(await card.getByRole('button', { name: 'Sign off closure' }).count()).toBe(0);
    await expectAccessible(cm.page);
    await cm.context.close();

    const sup = await newPage(browser);
    await signInToShell(sup.page, 'supervisor@riverbend.example');
    // The request reached the supervisor as a notification naming the client.
    await sup.page.goto('/notifications');
    await sup.page
      .getByRole('listitem')
      .filter({ hasText: `${c.name} · MRN ${c.client.mrn}` })
      .getByText('A closure as lost contact is waiting for your sign-off')
      .waitFor();
    await sup.page.goto('/supervision');
    const waiting = sup.page.getByRole('table', { name: 'Closures as lost contact waiting for your sign-off' });
    const row = waiting.getByRole('row').filter({ hasText: c.name });
    await row.getByText('Three outreach attempts, no answer since May.').waitFor();
    expect(await row.textContent()).toContain('Casey Manager');
    await expectAccessible(sup.page);
    await row.getByRole('button', { name: `Sign off closure of ${c.name}` }).click();
    const dialog = sup.page.getByRole('dialog', { name: 'Close the episode as lost contact?' });
    await dialog.getByText(`The episode of ${c.name} in Intensive Case Management closes as lost contact`).waitFor();
    await expectAccessible(sup.page);
    await dialog.getByRole('button', { name: 'Sign off closure' }).click();
    await sup.page.getByText('Closure signed off: the episode is closed.').waitFor();
    await expect.poll(() => waiting.getByRole('row').filter({ hasText: c.name }).count()).toBe(0);

    const supApi = await apiAs(sup.page);
    const episode = await supApi.get<{ stage: string; closureReason: string }>(`/api/episodes/${c.episode.id}`);
    expect(episode).toMatchObject({ stage: 'closed', closureReason: 'lost_contact' });
    await sup.page.goto(`/clients/${c.client.id}?tab=episodes`);
    const closed = sup.page.getByRole('article', { name: 'Intensive Case Management' });
    await closed.getByText('Closed as lost contact, signed off by Sam Supervisor.').waitFor();
    await closed.getByRole('listitem').filter({ hasText: 'Closed (current)' }).waitFor();
    await sup.context.close();
  }, 150_000);

  it('a change made meanwhile refreshes the list instead of deciding on stale data; then the supervisor returns it', async () => {
    const cm = await newPage(browser);
    await signInToShell(cm.page, 'case_manager@riverbend.example');
    const c = await clientInIcm(cm.page, 'Tove', `Stale-${suffix}`);
    const asked = await c.api.post<{ version: number; stage: string; closureRequest: Json | null }>(
      `/api/episodes/${c.episode.id}/stage`,
      {
        to: 'closed',
        closureReason: 'lost_contact',
        closingSummary: 'No answer for weeks.',
        version: c.episode.version,
      },
      200,
    );
    expect(asked.stage).toBe('screening');
    expect(asked.closureRequest).not.toBeNull();

    const sup = await newPage(browser);
    await signInToShell(sup.page, 'supervisor@riverbend.example');
    await sup.page.goto('/supervision');
    const waiting = sup.page.getByRole('table', { name: 'Closures as lost contact waiting for your sign-off' });
    const row = waiting.getByRole('row').filter({ hasText: c.name });
    await row.waitFor();
    // Meanwhile the case manager updates the episode (its version moves on).
    await c.api.post(
      `/api/episodes/${c.episode.id}/waitlist`,
      { waitlisted: true, note: 'Waiting for an ICM slot', version: asked.version },
      200,
    );
    await row.getByRole('button', { name: `Return to worker: ${c.name}` }).click();
    await row
      .getByRole('alert')
      .getByText(/^This episode changed since you loaded it, so nothing was decided/)
      .waitFor();
    await expectAccessible(sup.page);
    // The refreshed row carries the current version: returning now works.
    await row.getByRole('button', { name: `Return to worker: ${c.name}` }).click();
    await sup.page.getByText('Returned to the worker: the episode stays open.').waitFor();
    await expect.poll(() => waiting.getByRole('row').filter({ hasText: c.name }).count()).toBe(0);
    const episode = await c.api.get<{ stage: string; closureRequest: Json | null }>(`/api/episodes/${c.episode.id}`);
    expect(episode).toMatchObject({ stage: 'screening', closureRequest: null });
    await sup.context.close();
    await cm.context.close();
  }, 150_000);
});
