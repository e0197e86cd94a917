import type { InstrumentId, NeedDomain, RiskInput } from '@careloop/core';
import { subDays } from 'date-fns';
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { clients } from '../clients/clients.schema.js';
import { countHospitalizationsSince } from '../hospitalizations/hospitalization-lookup.js';
import { countCrisisEventsSince } from '../crisis/crisis-lookup.js';
import { clientFlags, instrumentResults, needsAssessments } from './assessments.schema.js';

async function latest(db: DbOrTx, clientId: string, instrument: InstrumentId) {
  const [r] = await db
    .select()
    .from(instrumentResults)
    .where(and(eq(instrumentResults.clientId, clientId), eq(instrumentResults.instrument, instrument)))
    .orderBy(desc(instrumentResults.administeredAt))
    .limit(1);
  return r;
}

/** The risk rules count crisis events in the last 90 days. */
const CRISIS_WINDOW_DAYS = 90;

type DomainJson = Partial<Record<NeedDomain, { rating: number | null }>>;

/** Everything the risk rule set reads about one client, gathered from the record. */
export async function gatherRiskInput(db: DbOrTx, clientId: string, now: Date): Promise<RiskInput> {
  const [phq9, gad7, cssrs] = [
    await latest(db, clientId, 'phq9'),
    await latest(db, clientId, 'gad7'),
    await latest(db, clientId, 'cssrs_screen'),
  ];
  const [flag] = await db
    .select({ id: clientFlags.id })
    .from(clientFlags)
    .where(
      and(eq(clientFlags.clientId, clientId), eq(clientFlags.kind, 'suicide_risk'), eq(clientFlags.status, 'open')),
    );
  const [needs] = await db
    .select({ domains: needsAssessments.domains })
    .from(needsAssessments)
    .where(and(eq(needsAssessments.clientId, clientId), eq(needsAssessments.status, 'completed')))
    .orderBy(desc(needsAssessments.completedAt))
    .limit(1);
  const [c] = await db.select({ housing: clients.housingStatus }).from(clients).where(eq(clients.id, clientId));
  const item9 = (answers: unknown) => (Array.isArray(answers) && typeof answers[8] === 'number' ? answers[8] : null);
  const domains: DomainJson = needs?.domains ?? {};
  return {
    phq9: phq9 ? { total: phq9.total, item9: item9(phq9.answers), at: phq9.administeredAt.toISOString() } : null,
    gad7: gad7 ? { total: gad7.total, at: gad7.administeredAt.toISOString() } : null,
    cssrs: cssrs
      ? {
          riskLevel: cssrs.riskLevel,
          at: cssrs.administeredAt.toISOString(),
        }
      : null,
    openSuicideRiskFlag: !!flag,
    crisisEvents90d: await countCrisisEventsSince(db, clientId, subDays(now, CRISIS_WINDOW_DAYS)),
    hospitalizations180d: await countHospitalizationsSince(db, clientId, subDays(now, 180)),
    needs: Object.fromEntries(Object.entries(domains).map(([k, v]) => [k, v?.rating ?? null])),
    housingStatus: c?.housing ?? null,
    now: now.toISOString(),
  };
}
