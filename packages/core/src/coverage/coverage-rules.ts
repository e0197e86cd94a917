/** A shift as the pure rules see it (instants as Dates). */
export interface ShiftSpan {
  id?: string;
  programId: string;
  userId: string;
  startsAt: Date;
  endsAt: Date;
}

/** A shift covers an instant from its start (inclusive) to its end (exclusive): hand-overs do not double up. */
export const shiftCovers = (s: Pick<ShiftSpan, 'startsAt' | 'endsAt'>, at: Date): boolean =>
  s.startsAt.getTime() <= at.getTime() && at.getTime() < s.endsAt.getTime();

/** Who is on call for each program at `at` (program id -> user ids, in start order). */
export function onCallAt(shifts: readonly ShiftSpan[], at: Date): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const current = shifts.filter((s) => shiftCovers(s, at)).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (const s of current) {
    const users = out.get(s.programId) ?? [];
    if (!users.includes(s.userId)) users.push(s.userId);
    out.set(s.programId, users);
  }
  return out;
}

/** Half-open intervals overlap when each starts before the other ends (back-to-back is fine). */
export const spansOverlap = (a: Pick<ShiftSpan, 'startsAt' | 'endsAt'>, b: Pick<ShiftSpan, 'startsAt' | 'endsAt'>) =>
  a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

/**
 * The existing shift a new one clashes with: the same person twice in the same program at once.
 * Two different people on call for one program at once is allowed (a backup line).
 */
export function overlappingShift(candidate: ShiftSpan, existing: readonly ShiftSpan[]): ShiftSpan | null {
  return (
    existing.find(
      (s) =>
        s.id !== candidate.id &&
        s.programId === candidate.programId &&
        s.userId === candidate.userId &&
        spansOverlap(s, candidate),
    ) ?? null
  );
}

/** A coverage is in force on every local date from `startsOn` to `endsOn`, both included. */
export const coverageActiveOn = (c: { startsOn: string; endsOn: string }, today: string): boolean =>
  c.startsOn <= today && today <= c.endsOn;

/** Age in whole years on `today` (YYYY-MM-DD strings; a 29 February birthday turns on 1 March). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}
