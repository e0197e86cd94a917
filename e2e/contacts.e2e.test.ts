import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The e2e database is shared by every spec: a random suffix keeps these clients unique. */
const suffix = Math.random().toString(36).slice(2, 8);

type NoteJson = {
  status: string;
  sections: Record<string, string>;
  addenda: { text: string }[];
  final: boolean;
  cosignedAt: string | null;
};

async function csrfHeaders(page: Page) {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { id: string; csrfToken: string };
  return { userId: me.id, headers: { 'x-csrf-token': me.csrfToken } };
}

/** A new client (names and dates of birth differ, or duplicate detection steps in) enrolled in Community Support with the signed-in case manager as primary. */
async function enrolledClient(page: Page, firstName: string, lastName: string, dateOfBirth: string) {
  const { userId, headers } = await csrfHeaders(page);
  const created = await page.request.post('/api/clients', {
    data: { firstName, lastName: `${lastName}-${suffix}`, dateOfBirth },
    headers,
  });
  expect(created.status()).toBe(201);
  const client = (await created.json()) as { id: string };
  const programs = (await (await page.request.get('/api/programs')).json()) as {
    items: { id: string; model: string }[];
  };
  const program = programs.items.find((p) => p.model === 'supportive');
  const enrolled = await page.request.post(`/api/clients/${client.id}/episodes`, {
    data: { programId: program?.id, primaryCaseManagerId: userId },
    headers,
  });
  expect(enrolled.status()).toBe(201);
  const episode = (await enrolled.json()) as { id: string };
  return { clientId: client.id, episodeId: episode.id, name: `${lastName}-${suffix}, ${firstName}`, headers };
}

async function openContactsTab(page: Page, clientId: string) {
  await page.goto(`/clients/${clientId}`);
  await page.getByRole('region', { name: 'Client summary' }).waitFor();
  await page.getByRole('tab', { name: 'Contacts & notes' }).click();
  await page.getByRole('heading', { level: 2, name: 'Contacts & notes' }).waitFor();
}

const savedStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved at / });

// Each axe run over the whole chart takes seconds here: these flows get more than the default minute.
describe('contacts and progress notes', () => {
  it('logs a contact with a DAP note, signs it, adds an addendum, and shows it on the timeline', async () => {
    const { context, page } = await newPage(browser, { width: 1024, height: 768 });
    await signInToShell(page, 'case_manager@riverbend.example');
    const c = await enrolledClient(page, 'Wren', 'Halloran', '1982-06-30');
    await openContactsTab(page, c.clientId);
    await page.getByText('No contacts logged yet.').waitFor();

    // Logging: a few taps, the time defaults to now.
    await page.getByRole('button', { name: 'Log contact' }).click();
    const form = page.getByRole('region', { name: 'Log a contact' });
    await form.getByText('Home visit', { exact: true }).click();
    await form.getByText('45 min', { exact: true }).click();
    await form.getByText('Coordination', { exact: true }).click();
    expect(await form.getByRole('textbox', { name: 'When it happened' }).inputValue()).toMatch(/^\d{4}-\d\d-\d\dT/);
    await form.getByRole('button', { name: 'Save and write note' }).click();

    const note = page.getByRole('region', { name: 'Progress note (DAP)' });
    await note
      .getByRole('textbox', { name: 'Data' })
      .fill('Visited at home; kitchen stocked, rent letter on the table.');
    await note.getByRole('textbox', { name: 'Assessment' }).fill('Managing well; worried about the rent increase.');
    await note.getByRole('textbox', { name: 'Plan' }).fill('Call the housing office together on Monday.');
    await savedStatus(page).waitFor();
    await expectAccessible(page);

    await note.getByRole('button', { name: 'Sign note' }).click();
    const confirm = page.getByRole('dialog', { name: 'Sign this note?' });
    await confirm.getByRole('button', { name: 'Sign', exact: true }).click();
    await note.getByText(/^Signed by Casey Manager on /).waitFor();
    expect(await note.getByRole('textbox').count()).toBe(0);
    expect(await note.textContent()).toContain('Call the housing office together on Monday.');

    await note.getByRole('button', { name: 'Add addendum' }).click();
    await note
      .getByRole('textbox', { name: 'Addendum' })
      .fill('The client called back: the housing office is closed Monday.');
    await note.getByRole('button', { name: 'Sign addendum' }).click();
    const addenda = note.getByRole('list', { name: 'Addenda' });
    await addenda.getByText('The client called back: the housing office is closed Monday.').waitFor();
    expect(await addenda.textContent()).toMatch(/Addendum by Casey Manager, /);
    await expectAccessible(page);

    const list = page.getByRole('table', { name: 'Contacts, newest first' });
    const row = list.getByRole('row').filter({ hasText: 'Home visit' });
    await row.getByText('Signed', { exact: true }).waitFor();
    expect(await row.textContent()).toContain('45 min');
    expect(await row.textContent()).toContain('Casey Manager');

    // The signed note cannot change through the API either.
    const contacts = (await (await page.request.get(`/api/clients/${c.clientId}/contacts`)).json()) as {
      items: { noteId: string }[];
    };
    const noteId = contacts.items[0]?.noteId;
    const patch = await page.request.patch(`/api/notes/${noteId}`, { data: { data: 'changed' }, headers: c.headers });
    expect(patch.status()).toBe(409);
    const stored = (await (await page.request.get(`/api/notes/${noteId}`)).json()) as NoteJson;
    expect(stored.status).toBe('signed');
    expect(stored.addenda).toHaveLength(1);

    // The timeline has the contact and the signed note; the filter narrows it.
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const timeline = page.getByRole('list', { name: 'Timeline, newest first' });
    await timeline.getByText('Home visit, 45 minutes').waitFor();
    await timeline.getByText('Progress note signed (Home visit)').waitFor();
    await timeline.getByText('Addendum to a progress note').waitFor();
    await expectAccessible(page);
    await page.getByRole('group', { name: 'Show' }).getByText('Contacts', { exact: true }).click();
    await expect.poll(() => timeline.getByText('Home visit, 45 minutes').count()).toBe(0);
    await timeline.getByText('Progress note signed (Home visit)').waitFor();
    await context.close();
  }, 150_000);

  it('keeps a note draft through a forced session expiry and a reload, then saves it', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const c = await enrolledClient(page, 'Idris', 'Mbeki', '1990-01-17');
    await openContactsTab(page, c.clientId);
    await page.getByRole('button', { name: 'Log contact' }).click();
    const form = page.getByRole('region', { name: 'Log a contact' });
    await form.getByText('Phone', { exact: true }).click();
    await form.getByText('Left a message', { exact: true }).click();
    await form.getByText('15 min', { exact: true }).click();
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Save and write note' }).click();
    const note = page.getByRole('region', { name: 'Progress note (DAP)' });
    await note.getByRole('textbox', { name: 'Data' }).waitFor();

    // The session ends on the server (as after the idle timeout) while the note is open.
    const logout = await page.request.post('/api/auth/logout', { headers: c.headers });
    expect(logout.ok()).toBe(true);
    const typed = 'Spoke by phone; sleeping better since the new routine.';
    await note.getByRole('textbox', { name: 'Data' }).fill(typed);
    // The autosave is refused (401): the page asks to sign in again, the text stays in the tab.
    await page.getByRole('dialog', { name: 'Sign in again to continue' }).waitFor();

    await page.reload();
    await page.getByRole('textbox', { name: 'Email' }).waitFor();
    await page.getByRole('textbox', { name: 'Email' }).fill('case_manager@riverbend.example');
    await page.getByRole('textbox', { name: 'Password' }).fill(inject('demoPassword'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Back on the chart (the sign-in returns to where the user was); the draft is offered again.
    await page.getByRole('region', { name: 'Client summary' }).waitFor();
    await page.getByRole('tab', { name: 'Contacts & notes' }).click();
    await page.getByRole('button', { name: 'Continue note 1' }).click();
    const reopened = page.getByRole('region', { name: 'Progress note (DAP)' });
    await expect.poll(() => reopened.getByRole('textbox', { name: 'Data' }).inputValue()).toBe(typed);
    await savedStatus(page).waitFor();

    const contacts = (await (await page.request.get(`/api/clients/${c.clientId}/contacts`)).json()) as {
      items: { noteId: string }[];
    };
    const stored = (await (await page.request.get(`/api/notes/${contacts.items[0]?.noteId}`)).json()) as NoteJson;
    expect(stored.sections.data).toBe(typed);
    expect(stored.status).toBe('draft');
    await expectAccessible(page);
    await context.close();
  }, 150_000);

  it("shows a peer specialist's note in the supervisor's co-sign queue, who co-signs it", async () => {
    const cm = await newPage(browser);
    await signInToShell(cm.page, 'case_manager@riverbend.example');
    const c = await enrolledClient(cm.page, 'Maren', 'Oyelaran', '1975-10-04');
    const staff = (await (await cm.page.request.get('/api/staff')).json()) as {
      items: { id: string; roles: string[] }[];
    };
    const peerId = staff.items.find((s) => s.roles.includes('peer_specialist'))?.id;
    const joined = await cm.page.request.post(`/api/episodes/${c.episodeId}/team`, {
      data: { role: 'peer_specialist', userId: peerId },
      headers: c.headers,
    });
    expect(joined.status()).toBe(201);
    await cm.context.close();

    // The peer specialist logs a contact with a note and signs it.
    const peer = await newPage(browser);
    await signInToShell(peer.page, 'peer_specialist@riverbend.example');
    const peerAuth = await csrfHeaders(peer.page);
    const logged = await peer.page.request.post(`/api/clients/${c.clientId}/contacts`, {
      data: {
        type: 'community',
        occurredAt: new Date(Date.now() - 60 * 60_000).toISOString(),
        durationMinutes: 60,
        note: {
          data: 'Walked to the library together.',
          assessment: 'More at ease in public.',
          plan: 'Repeat next week.',
        },
      },
      headers: peerAuth.headers,
    });
    expect(logged.status()).toBe(201);
    const { noteId } = (await logged.json()) as { noteId: string };
    const signed = await peer.page.request.post(`/api/notes/${noteId}/sign`, { data: {}, headers: peerAuth.headers });
    expect(signed.status()).toBe(200);
    expect(((await signed.json()) as NoteJson).final).toBe(false);
    await peer.context.close();

    const { context, page } = await newPage(browser);
    await signInToShell(page, 'supervisor@riverbend.example');
    await page.getByRole('link', { name: 'Co-sign queue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notes awaiting co-sign' }).waitFor();
    const queue = page.getByRole('table', { name: 'Notes awaiting co-sign, oldest first' });
    const row = queue.getByRole('row').filter({ hasText: c.name });
    await row.waitFor();
    expect(await row.textContent()).toContain('Pat Peer');
    await expectAccessible(page);
    await row.getByRole('button', { name: `Open the note on ${c.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Note on ${c.name}` });
    await dialog.getByText('Walked to the library together.').waitFor();
    await dialog.getByText('Awaiting co-sign').waitFor();
    expect(await dialog.getByRole('textbox').count()).toBe(0);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Co-sign' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => queue.getByRole('row').filter({ hasText: c.name }).count()).toBe(0);
    const stored = (await (await page.request.get(`/api/notes/${noteId}`)).json()) as NoteJson;
    expect(stored.final).toBe(true);
    expect(stored.cosignedAt).not.toBeNull();
    await context.close();
  }, 150_000);
});
