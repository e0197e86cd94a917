import { INSTRUMENTS, type Actor, type InstrumentId } from '@careloop/core';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { validationFailed } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { instrumentWording } from './assessments.schema.js';

/** Licensed wording the organisation loaded for an instrument, by item code (null when none). */
export async function loadedWording(
  db: DbOrTx,
  organizationId: string,
  instrument: InstrumentId,
): Promise<Record<string, string> | null> {
  const [r] = await db
    .select({ wording: instrumentWording.wording })
    .from(instrumentWording)
    .where(and(eq(instrumentWording.organizationId, organizationId), eq(instrumentWording.instrument, instrument)));
  return r?.wording ?? null;
}

/** An admin loads the licensed wording; every item must get text, and the licence is recorded. */
export async function saveWording(
  ctx: AppContext,
  actor: Actor,
  instrument: InstrumentId,
  body: { wording: Record<string, string>; licenceNote: string },
  meta: RequestMeta,
): Promise<void> {
  const def = INSTRUMENTS[instrument];
  const missing = def.items.filter((i) => !body.wording[i.code]?.trim()).map((i) => i.code);
  if (missing.length) {
    throw validationFailed(missing.map((code) => ({ path: `wording.${code}`, message: 'Enter the licensed text.' })));
  }
  const wording = Object.fromEntries(def.items.map((i) => [i.code, (body.wording[i.code] ?? '').trim()]));
  await ctx.database.db.transaction(async (tx) => {
    await tx
      .insert(instrumentWording)
      .values({
        organizationId: actor.organizationId,
        instrument,
        wording,
        licenceNote: body.licenceNote,
        loadedById: actor.userId,
        loadedAt: ctx.now(),
      })
      .onConflictDoUpdate({
        target: [instrumentWording.organizationId, instrumentWording.instrument],
        set: { wording, licenceNote: body.licenceNote, loadedById: actor.userId, loadedAt: ctx.now() },
      });
    await recordAudit(
      tx,
      actor,
      { action: 'instrument_wording.load', entityType: 'instrument', entityId: instrument },
      meta,
    );
  });
}
