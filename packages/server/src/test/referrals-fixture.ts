import { sql } from 'drizzle-orm';
import { directoryProviders, directoryServices } from '../modules/directory/directory.schema.js';
import { caller, planGoal, planningEpisode, type Call } from './careplans-fixture.js';
import { signIn, type Session, type TestApp } from './test-app.js';

/** A directory service of the demo organisation (written directly: an arrange step). */
export async function directoryService(
  t: TestApp,
  organizationId: string,
  name: string,
  providerName: string,
  category: 'housing' | 'food' | 'income_and_entitlements' = 'housing',
): Promise<{ id: string; providerId: string }> {
  const now = new Date();
  const [existing] = await t.ctx.database.db
    .select({ id: directoryProviders.id })
    .from(directoryProviders)
    .where(sql`organization_id = ${organizationId} and lower(name) = lower(${providerName})`);
  const providerId =
    existing?.id ??
    (
      await t.ctx.database.db
        .insert(directoryProviders)
        .values({ organizationId, name: providerName, createdAt: now, updatedAt: now })
        .returning({ id: directoryProviders.id })
    )[0]!.id;
  const [svc] = await t.ctx.database.db
    .insert(directoryServices)
    .values({ organizationId, providerId, name, category, createdAt: now, updatedAt: now })
    .returning({ id: directoryServices.id });
  return { id: svc!.id, providerId };
}

/** A case manager, a client in planning with a draft plan holding goal `g1` (housing), and a caller. */
export async function referralSetup(t: TestApp, lastName: string) {
  const cm: Session = await signIn(t.app, 'case_manager@riverbend.example');
  let current = cm;
  const call: Call = caller(
    () => t,
    () => current,
  );
  const { clientId, episodeId } = await planningEpisode(call, cm, lastName);
  const draft = await call('POST', `/api/episodes/${episodeId}/care-plans`, {});
  await call('PUT', `/api/care-plans/${draft.body.id}`, {
    content: { goals: [planGoal('g1', ['housing'], 'I want my own place')] },
    version: draft.body.version,
  });
  return {
    cm,
    call,
    clientId,
    episodeId,
    planId: draft.body.id,
    as: (s: Session) => {
      current = s;
    },
  };
}

export const count = async (t: TestApp, query: ReturnType<typeof sql>) =>
  (await t.ctx.database.db.execute<{ n: number }>(query)).rows[0]!.n;
