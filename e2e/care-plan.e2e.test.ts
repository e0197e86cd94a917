import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';
import { clientInPlanning, openPlanTab, signOnScreen, type Episode } from './plan-fixtures.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const savedStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved at / });

describe('care plan', () => {
  it('builds a plan from two needs, the client signs, a later edit makes version 2, and prints', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    // Vietnamese: the printed copy is in English with a note (Spanish has its own spec).
    const c = await clientInPlanning(page, 'Anouk', '1979-03-14', undefined, 'vi');

    await openPlanTab(page, c.clientId);
    await page.getByText('No care plan yet for Intensive Case Management.').waitFor();
    await page.getByRole('button', { name: 'Start plan' }).click();
    await page.getByRole('heading', { level: 3, name: 'Draft — version 1' }).waitFor();
    const coverage = page.getByRole('list', { name: 'Needs still missing' });
    expect(await coverage.textContent()).toContain('Housing');
    expect(await coverage.textContent()).toContain('Income and benefits');

    // Two goals from the two actionable needs, in the client's words.
    await page.getByRole('button', { name: 'Add goal for Housing (Urgent)' }).click();
    const goal1 = page.getByRole('group', { name: 'Goal 1', exact: true });
    await goal1.getByRole('textbox', { name: "Goal in the client's own words" }).fill('I want a place of my own.');
    await goal1.getByRole('textbox', { name: 'Staff restatement (internal)' }).fill('INTERNAL-RESTATEMENT housing');
    expect(await goal1.getByRole('textbox', { name: 'Strengths used' }).inputValue()).toBe('Knows the shelters');
    await goal1.getByRole('button', { name: 'Add objective' }).click();
    const objective = goal1.getByRole('group', { name: 'Objective 1' });
    await objective.getByRole('textbox', { name: 'What will change' }).fill('Submit the housing application');
    await objective.getByRole('textbox', { name: 'How much' }).fill('Application submitted');
    await goal1.getByRole('button', { name: 'Add intervention' }).click();
    const intervention = goal1.getByRole('group', { name: 'Intervention 1' });
    await intervention.getByRole('textbox', { name: 'What will be done' }).fill('Help fill in the housing form');
    await intervention.getByRole('textbox', { name: 'Name of the person or service' }).fill('Casey');
    await intervention.getByRole('textbox', { name: 'How often' }).fill('Weekly');
    await page.getByRole('button', { name: 'Add goal for Income and benefits (Action needed)' }).click();
    const goal2 = page.getByRole('group', { name: 'Goal 2', exact: true });
    await goal2
      .getByRole('textbox', { name: "Goal in the client's own words" })
      .fill('I want my benefits sorted so I can pay rent.');
    await savedStatus(page).waitFor();
    await page.getByText('Every actionable need has a goal or is deferred with a reason.').waitFor();
    // Reordering is by buttons; move goal 2 up and back down.
    await goal2.getByRole('button', { name: 'Move goal 2 up' }).click();
    expect(
      await page
        .getByRole('group', { name: 'Goal 1', exact: true })
        .getByRole('textbox', { name: "Goal in the client's own words" })
        .inputValue(),
    ).toBe('I want my benefits sorted so I can pay rent.');
    await page.getByRole('button', { name: 'Move goal 1 down' }).click();
    await savedStatus(page).waitFor();
    await expectAccessible(page);

    // Typing not yet sent survives a reload (kept in this tab), then reaches the server.
    await page
      .getByRole('textbox', { name: 'Client preferences, beliefs and values' })
      .fill('Mornings; my sister Rosa helps.');
    await page.reload();
    await page.getByRole('tab', { name: 'Care plan' }).click();
    const prefs = page.getByRole('textbox', { name: 'Client preferences, beliefs and values' });
    await prefs.waitFor();
    expect(await prefs.inputValue()).toBe('Mornings; my sister Rosa helps.');
    expect(
      await page
        .getByRole('group', { name: 'Goal 1', exact: true })
        .getByRole('textbox', { name: "Goal in the client's own words" })
        .inputValue(),
    ).toBe('I want a place of my own.');
    await savedStatus(page).waitFor();
    const onServer = (await (await page.request.get(`/api/episodes/${c.episodeId}/care-plans`)).json()) as {
      items: { content: { preferences: string | null; goals: unknown[] } }[];
    };
    expect(onServer.items[0]?.content.preferences).toBe('Mornings; my sister Rosa helps.');
    expect(onServer.items[0]?.content.goals).toHaveLength(2);

    // The client signs on screen and the case manager attests.
    const sign = page.getByRole('region', { name: 'Agreement and signatures' });
    await signOnScreen(page, sign);
    await sign.getByRole('checkbox', { name: /I reviewed this plan with the client/ }).check();
    await expectAccessible(page);
    await sign.getByRole('button', { name: 'Sign and make effective' }).click();
    const effective = page.getByRole('region', { name: 'Care plan — version 1' });
    await effective.waitFor();
    await effective.getByText('Effective', { exact: true }).waitFor();
    await page.getByText(/^Next review due: /).waitFor();
    expect(await effective.textContent()).toContain('Client signed on screen');

    // The episode can now become active.
    const episodes = (await (await page.request.get(`/api/clients/${c.clientId}/episodes`)).json()) as {
      items: Episode[];
    };
    const episode = episodes.items.find((e) => e.id === c.episodeId);
    const active = await page.request.post(`/api/episodes/${c.episodeId}/stage`, {
      data: { to: 'active', version: episode?.version },
      headers: c.headers,
    });
    expect(active.status()).toBe(200);

    // A later edit is version 2; signing it needs a change summary and supersedes version 1.
    await page.getByRole('button', { name: 'Edit (creates version 2)' }).click();
    await page.getByRole('heading', { level: 3, name: 'Draft — version 2' }).waitFor();
    await page
      .getByRole('group', { name: 'Goal 1', exact: true })
      .getByRole('textbox', { name: "Goal in the client's own words" })
      .fill('I want a flat of my own by spring.');
    await savedStatus(page).waitFor();
    const sign2 = page.getByRole('region', { name: 'Agreement and signatures' });
    await signOnScreen(page, sign2);
    await sign2.getByRole('checkbox', { name: /I reviewed this plan with the client/ }).check();
    await sign2.getByRole('button', { name: 'Sign and make effective' }).click();
    await sign2.getByText('Summarise what changed in this version.').waitFor();
    await sign2.getByRole('textbox', { name: 'What changed in this version' }).fill('Goal 1 reworded with the client.');
    await sign2.getByRole('button', { name: 'Sign and make effective' }).click();
    await page.getByRole('region', { name: 'Care plan — version 2' }).waitFor();

    const history = page.getByRole('table', { name: 'Care plan versions' });
    await expect.poll(async () => (await history.getByRole('row').nth(1).textContent()) ?? '').toContain('Effective');
    expect(await history.getByRole('row').nth(1).textContent()).toContain('Goal 1 reworded with the client.');
    expect(await history.getByRole('row').nth(2).textContent()).toContain('Superseded');
    const compare = page.getByRole('table', { name: 'Comparison of Version 1 and Version 2' });
    const changedRow = compare.getByRole('row').filter({ hasText: 'I want a flat of my own by spring.' });
    expect(await changedRow.textContent()).toContain('Changed');
    expect(await changedRow.textContent()).toContain('[changed]');
    await expectAccessible(page);

    // The client's printed copy: the goals, nothing internal.
    await page.getByRole('region', { name: 'Care plan — version 2' }).getByRole('link', { name: 'Print view' }).click();
    await page.getByRole('heading', { level: 1, name: 'My care plan' }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('I want a flat of my own by spring.');
    expect(text).toContain('I want my benefits sorted so I can pay rent.');
    expect(text).toContain('Help fill in the housing form');
    expect(text).toContain('Weekly');
    expect(text).toContain('Preferred language: Vietnamese. Ask your worker for this plan in Vietnamese');
    expect(text).toContain('You signed this plan on');
    expect(text).toContain('We will look at this plan together again by');
    expect(text).not.toContain(c.mrn);
    expect(text).not.toContain('INTERNAL-RESTATEMENT');
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).count()).toBe(0);
    await page.getByRole('img', { name: 'Your signature' }).waitFor();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await expectAccessible(page);
    await context.close();
  });

  it('two staff edit the same draft: the merge view shows theirs and mine, and my choice is saved', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const c = await clientInPlanning(page, 'Bram', '1991-11-02');
    await openPlanTab(page, c.clientId);
    await page.getByRole('button', { name: 'Start plan' }).click();
    await page.getByRole('button', { name: 'Add a blank goal' }).click();
    const goal = page.getByRole('group', { name: 'Goal 1', exact: true });
    await goal.getByRole('textbox', { name: "Goal in the client's own words" }).fill('Walk every morning.');
    await savedStatus(page).waitFor();

    // A colleague saves the same draft in between (API).
    const list = (await (await page.request.get(`/api/episodes/${c.episodeId}/care-plans`)).json()) as {
      items: { id: string; version: number; content: { goals: { id: string; clientWords: string }[] } }[];
    };
    const draft = list.items[0];
    if (!draft) throw new Error('no draft');
    const goals = draft.content.goals.map((g) => ({ ...g, clientWords: 'Walk every evening.' }));
    const theirs = await page.request.put(`/api/care-plans/${draft.id}`, {
      data: { content: { ...draft.content, goals, preferences: 'Their preferences' }, version: draft.version },
      headers: c.headers,
    });
    expect(theirs.status()).toBe(200);

    await goal.getByRole('textbox', { name: 'Staff restatement (internal)' }).fill('Daily exercise (mine)');
    const merge = page.getByRole('region', { name: 'Someone else saved this draft while you were editing' });
    await merge.waitFor();
    expect(await merge.textContent()).toContain('Walk every evening.');
    expect(await merge.textContent()).toContain('Daily exercise (mine)');
    await expectAccessible(page);
    await merge.getByRole('radiogroup', { name: 'Goal 1' }).getByText('Keep mine').click();
    await merge.getByRole('button', { name: 'Save with my choices' }).click();
    await savedStatus(page).waitFor();
    const after = (await (await page.request.get(`/api/care-plans/${draft.id}`)).json()) as {
      content: { preferences: string | null; goals: { clientWords: string; staffRestatement: string | null }[] };
    };
    expect(after.content.goals[0]?.clientWords).toBe('Walk every morning.');
    expect(after.content.goals[0]?.staffRestatement).toBe('Daily exercise (mine)');
    expect(after.content.preferences).toBe('Their preferences');
    await context.close();
  });

  it('keeps saving a draft with an unfinished goal, marks that goal, and signs once it is finished', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const c = await clientInPlanning(page, 'Cosima', '1985-05-05');
    await openPlanTab(page, c.clientId);
    await page.getByRole('button', { name: 'Start plan' }).click();
    await page.getByRole('button', { name: 'Add goal for Housing (Urgent)' }).click();
    await page.getByRole('button', { name: 'Add goal for Income and benefits (Action needed)' }).click();
    const goal1 = page.getByRole('group', { name: 'Goal 1', exact: true });
    const goal2 = page.getByRole('group', { name: 'Goal 2', exact: true });
    await goal2.getByRole('textbox', { name: "Goal in the client's own words" }).fill('Benefits sorted by summer.');
    await page.getByRole('textbox', { name: 'Client preferences, beliefs and values' }).fill('Evening visits.');

    // Goal 1 has no words yet: the rest of the draft is saved all the same, and goal 1 is marked.
    await savedStatus(page).waitFor();
    const plans = async () =>
      (await (await page.request.get(`/api/episodes/${c.episodeId}/care-plans`)).json()) as {
        items: {
          id: string;
          status: string;
          content: { preferences: string | null; goals: { clientWords: string }[] };
        }[];
      };
    const saved = (await plans()).items[0];
    expect(saved?.content.preferences).toBe('Evening visits.');
    expect(saved?.content.goals.map((g) => g.clientWords)).toEqual(['', 'Benefits sorted by summer.']);
    const words1 = goal1.getByRole('textbox', { name: "Goal in the client's own words" });
    expect(await words1.getAttribute('aria-invalid')).toBe('true');
    await goal1.getByText("Write the goal in the client's own words.", { exact: false }).waitFor();
    expect(
      await goal2.getByRole('textbox', { name: "Goal in the client's own words" }).getAttribute('aria-invalid'),
    ).not.toBe('true');
    await page.getByText('1 field to finish before the plan can be signed.').waitFor();
    await expectAccessible(page);

    // Signing waits until the plan is complete.
    const sign = page.getByRole('region', { name: 'Agreement and signatures' });
    await sign.getByRole('radio', { name: /agrees verbally/ }).check();
    await sign.getByRole('textbox', { name: 'Why the agreement is verbal' }).fill('Agreed by phone.');
    await sign.getByRole('checkbox', { name: /I reviewed this plan with the client/ }).check();
    await sign.getByRole('button', { name: 'Sign and make effective' }).click();
    await sign.getByRole('alert').filter({ hasText: 'Finish the marked fields' }).waitFor();
    expect((await plans()).items[0]?.status).toBe('draft');

    await words1.fill('A flat of my own.');
    await savedStatus(page).waitFor();
    expect(await words1.getAttribute('aria-invalid')).not.toBe('true');
    await sign.getByRole('button', { name: 'Sign and make effective' }).click();
    await page.getByRole('region', { name: 'Care plan — version 1' }).waitFor();
    await context.close();
  });

  it("the client's printed copy lists outside services as services, not as team members", async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const c = await clientInPlanning(page, 'Leontine', '1972-07-07', undefined, 'en');
    const member = await page.request.post(`/api/episodes/${c.episodeId}/team`, {
      data: { role: 'primary_care_provider', name: 'Dr. Imani Okafor', organization: 'Riverbend Family Clinic' },
      headers: c.headers,
    });
    expect(member.status()).toBe(201);
    const draft = (await (
      await page.request.post(`/api/episodes/${c.episodeId}/care-plans`, { data: {}, headers: c.headers })
    ).json()) as { id: string; version: number };
    const intervention = (id: string, what: string, responsibleKind: string, responsibleName: string) => ({
      id,
      what,
      responsibleKind,
      responsibleName,
    });
    const saved = await page.request.put(`/api/care-plans/${draft.id}`, {
      data: {
        content: {
          goals: [
            {
              id: 'g1',
              clientWords: 'A place of my own.',
              needDomains: ['housing'],
              interventions: [
                intervention('i1', 'Help with the housing form', 'team_member', 'Casey'),
                intervention('i2', 'Yearly physical', 'team_member', 'Dr. Imani Okafor'),
                intervention('i3', 'Weekly food parcel', 'outside_service', 'Riverbend Food Bank'),
              ],
            },
            { id: 'g2', clientWords: 'My benefits back.', needDomains: ['income_benefits'] },
          ],
        },
        version: draft.version,
      },
      headers: c.headers,
    });
    expect(saved.status()).toBe(200);
    const signed = await page.request.post(`/api/care-plans/${draft.id}/sign`, {
      data: {
        clientAgreement: { method: 'verbal', verbalReason: 'Agreed in session (e2e).' },
        staffAttestation: true,
        version: ((await saved.json()) as { version: number }).version,
      },
      headers: c.headers,
    });
    expect(signed.status()).toBe(200);

    await page.goto(`/clients/${c.clientId}/care-plans/${draft.id}/print`);
    await page.getByRole('heading', { level: 1, name: 'My care plan' }).waitFor();
    const table = page.getByRole('table', { name: 'Interventions for goal 1' });
    const who = async (what: string) =>
      (await table.getByRole('row').filter({ hasText: what }).getByRole('cell').nth(1).textContent())?.trim();
    expect(await who('Help with the housing form')).toBe('Team member: Casey');
    expect(await who('Yearly physical')).toBe('Service: Riverbend Family Clinic — Dr. Imani Okafor');
    expect(await who('Weekly food parcel')).toBe('Service: Riverbend Food Bank');
    expect((await page.locator('main').textContent()) ?? '').not.toContain('Team member: Dr. Imani Okafor');
    await expectAccessible(page);
    await context.close();
  });
});
