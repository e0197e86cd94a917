/** How two dates of birth (YYYY-MM-DD) relate, for duplicate detection. */
export const DobMatches = {
  exact: 'exact',
  transposed: 'transposed',
  near: 'near',
  different: 'different',
  missing: 'missing',
} as const;
export type DobMatch = (typeof DobMatches)[keyof typeof DobMatches];

function parts(d: string): [string, string, string] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  return m ? [m[1]!, m[2]!, m[3]!] : null;
}

function digitDistance(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

export function compareDob(a: string | null | undefined, b: string | null | undefined): DobMatch {
  if (!a || !b) return 'missing';
  if (a === b) return 'exact';
  const pa = parts(a);
  const pb = parts(b);
  if (!pa || !pb) return 'different';
  const [ya, ma, da] = pa;
  const [yb, mb, db] = pb;
  // Day and month swapped (US vs. international entry), same year.
  if (ya === yb && ma === db && da === mb) return 'transposed';
  // One mistyped digit anywhere, or year off by one with the same day and month.
  if (digitDistance(a.replace(/-/g, ''), b.replace(/-/g, '')) === 1) return 'near';
  if (ma === mb && da === db && Math.abs(Number(ya) - Number(yb)) === 1) return 'near';
  return 'different';
}
