import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInToShell } from './browser.js';
import { clientInPlanning } from './plan-fixtures.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

type Plan = { id: string; version: number; content: Record<string, unknown> };

/** A Spanish-speaking client who needs an interpreter, with an effective plan agreed verbally (API). */
async function spanishSpeakerWithPlan(page: Page) {
  const c = await clientInPlanning(page, 'Rosario', '1972-08-09');
  const client = (await (await page.request.get(`/api/clients/${c.clientId}`)).json()) as {
    version: number;
    preferredLanguage: string;
  };
  expect(client.preferredLanguage).toBe('es');
  const patched = await page.request.patch(`/api/clients/${c.clientId}`, {
    data: { interpreterNeeded: true, version: client.version },
    headers: c.headers,
  });
  expect(patched.status(), await patched.text()).toBe(200);
  const created = await page.request.post(`/api/episodes/${c.episodeId}/care-plans`, { data: {}, headers: c.headers });
  expect(created.status(), await created.text()).toBe(201);
  const draft = (await created.json()) as Plan;
  const content = {
    ...draft.content,
    preferences: 'Prefiero las citas por la mañana.',
    goals: [
      {
        id: 'goal-home',
        clientWords: 'Quiero un lugar propio donde vivir con mi hija.',
        staffRestatement: 'INTERNAL-RESTATEMENT vivienda',
        category: 'housing',
        needDomains: ['housing'],
        strengthsUsed: 'Mi hermana me ayuda con los papeles.',
        objectives: [{ id: 'obj-1', what: 'Entregar la solicitud de vivienda', byWhen: '2031-03-05' }],
        interventions: [
          { id: 'iv-1', what: 'Llenar juntos la solicitud', responsibleKind: 'team_member', frequency: 'Semanal' },
        ],
      },
      {
        id: 'goal-income',
        clientWords: 'Tener mis beneficios en orden.',
        needDomains: ['income_benefits'],
        objectives: [],
        interventions: [],
      },
    ],
  };
  const saved = await page.request.put(`/api/care-plans/${draft.id}`, {
    data: { content, version: draft.version },
    headers: c.headers,
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const signed = await page.request.post(`/api/care-plans/${draft.id}/sign`, {
    data: {
      clientAgreement: { method: 'verbal', verbalReason: 'Agreed by phone with an interpreter.' },
      staffAttestation: true,
      version: ((await saved.json()) as Plan).version,
    },
    headers: c.headers,
  });
  expect(signed.status(), await signed.text()).toBe(200);
  return { ...c, planId: draft.id };
}

describe('the printed care plan in the client’s language', () => {
  it('names the language on the chart, and prints a Spanish speaker’s plan in Spanish with their own words', async () => {
    const { context, page } = await newPage(browser);
    await signInToShell(page, 'case_manager@riverbend.example');
    const c = await spanishSpeakerWithPlan(page);

    // The chart names the language, never the bare code.
    await page.goto(`/clients/${c.clientId}`);
    const banner = page.getByRole('region', { name: 'Client summary' });
    await banner.getByText('Interpreter needed (Spanish)').waitFor();
    const overview = page.getByRole('tabpanel', { name: 'Overview' });
    await overview.getByText('Preferred language').waitFor();
    await overview.getByText('Spanish', { exact: true }).waitFor();

    await page.goto(`/clients/${c.clientId}/care-plans/${c.planId}/print`);
    const copy = page.locator('[lang="es"]');
    await copy.getByRole('heading', { level: 1, name: 'Mi plan de atención' }).waitFor();
    const text = (await copy.textContent()) ?? '';
    expect(text).toContain('Idioma preferido: español. Podemos conseguir un intérprete');
    expect(text).toContain('Versión 1');
    expect(text).toContain('Sus preferencias, creencias y valores');
    expect(text).toContain('Meta 1');
    expect(text).toContain('Necesidades que atiende: Vivienda');
    expect(text).toContain('Área de la vida o tipo de servicio: Vivienda');
    expect(text).toContain('para el 5 mar 2031');
    expect(text).toContain('Integrante del equipo');
    expect(text).toMatch(/Volveremos a revisar este plan juntos a más tardar el \d{1,2} \S+ \d{4}\./);
    expect(text).toMatch(/Usted aceptó este plan de palabra el \d{1,2} \S+ \d{4}/);
    expect(text).toContain('Firmado por parte del equipo: Casey Manager');
    // The client's own words exactly as written; nothing internal.
    expect(text).toContain('Quiero un lugar propio donde vivir con mi hija.');
    expect(text).toContain('Mi hermana me ayuda con los papeles.');
    expect(text).toContain('Prefiero las citas por la mañana.');
    expect(text).not.toContain('INTERNAL-RESTATEMENT');
    expect(text).not.toContain(c.mrn);
    expect(text).not.toMatch(/My care plan|Goal 1|Preferred language/);
    // The staff's controls around the copy stay in the app's language.
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await page.getByRole('link', { name: 'Back to the chart' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
