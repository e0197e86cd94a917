import { phoneDigits, type Actor, type DuplicateCandidate } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { parseQuery, searchClients } from '../clients/client-search.js';
import { findDuplicateCandidates } from '../clients/duplicate-candidates.js';
import { loadIntakeRow } from './intake-store.js';

// Lower than the registration threshold: here a person is choosing among suggestions.
const MATCH_THRESHOLD = 0.3;

/** Registered clients who may be the person this intake is about, best first. */
export async function intakeMatches(
  ctx: AppContext,
  actor: Actor,
  id: string,
  meta: RequestMeta,
): Promise<DuplicateCandidate[]> {
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadIntakeRow(tx, actor, id);
    let candidates: DuplicateCandidate[];
    if (row.dateOfBirth) {
      candidates = await findDuplicateCandidates(
        tx,
        actor.organizationId,
        {
          firstName: row.firstName,
          lastName: row.lastName,
          dateOfBirth: row.dateOfBirth,
          phoneDigits: row.phone ? [phoneDigits(row.phone)] : [],
          identifiers: [],
          email: row.email,
          addressKey: null,
          sexAtBirth: null,
          excludeIds: [],
        },
        MATCH_THRESHOLD,
      );
    } else {
      // Without a date of birth only the name can be compared.
      const found = await searchClients(
        tx,
        actor.organizationId,
        parseQuery(`${row.firstName} ${row.lastName}`),
        10,
        0,
      );
      candidates = found.items.map((i) => ({
        id: i.id,
        score: i.score,
        reasons: ['name'],
        mrn: i.mrn,
        firstName: i.firstName,
        lastName: i.lastName,
        preferredName: i.preferredName,
        dateOfBirth: i.dateOfBirth,
      }));
    }
    await recordAudit(
      tx,
      actor,
      { action: 'intake.match', entityType: 'intake', entityId: id, clientIds: candidates.map((c) => c.id) },
      meta,
    );
    return candidates;
  });
}
