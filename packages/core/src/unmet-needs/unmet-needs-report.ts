import { ServiceCategories, type ServiceCategory } from '../services/service-categories.js';
import {
  UnmetNeedReasons,
  type UnmetNeedReason,
  type UnmetNeedsCategoryTotal,
  type UnmetNeedsCount,
} from './unmet-need.schemas.js';

const zeroByReason = (): Record<UnmetNeedReason, number> =>
  Object.fromEntries(UnmetNeedReasons.map((r) => [r, 0])) as Record<UnmetNeedReason, number>;

/**
 * Fold the (category, reason) counts into one line per category, in the directory's category
 * order, keeping only categories with something to show (recorded, open or waitlisted).
 * `recorded` counts needs recorded in the period; `open` counts needs open now that were recorded
 * up to the period's end, so a gap that lingers keeps showing.
 */
export function unmetNeedsByCategory(
  counts: readonly UnmetNeedsCount[],
  waitlisted: ReadonlyMap<ServiceCategory, number> | null = null,
): UnmetNeedsCategoryTotal[] {
  const lines = new Map<ServiceCategory, UnmetNeedsCategoryTotal>();
  const line = (category: ServiceCategory) => {
    let l = lines.get(category);
    if (!l) {
      l = { category, recorded: 0, open: 0, byReason: zeroByReason(), onWaitlist: waitlisted ? 0 : null };
      lines.set(category, l);
    }
    return l;
  };
  for (const c of counts) {
    const l = line(c.category);
    l.recorded += c.recorded;
    l.open += c.open;
    l.byReason[c.reason] += c.recorded;
  }
  for (const [category, n] of waitlisted ?? []) if (n > 0) line(category).onWaitlist = n;
  return ServiceCategories.flatMap((c) => {
    const l = lines.get(c);
    return l && (l.recorded > 0 || l.open > 0 || (l.onWaitlist ?? 0) > 0) ? [l] : [];
  });
}

export function unmetNeedsTotals(lines: readonly UnmetNeedsCategoryTotal[]): { recorded: number; open: number } {
  return lines.reduce((t, l) => ({ recorded: t.recorded + l.recorded, open: t.open + l.open }), {
    recorded: 0,
    open: 0,
  });
}

/** The CSV's header and rows (category and reason codes, counts): one table for the file and the page. */
export function unmetNeedsCsvRows(lines: readonly UnmetNeedsCategoryTotal[]): (string | number)[][] {
  const header = ['category', 'recorded', 'open', ...UnmetNeedReasons.map((r) => `reason_${r}`), 'on_waitlist'];
  return [
    header,
    ...lines.map((l) => [
      l.category,
      l.recorded,
      l.open,
      ...UnmetNeedReasons.map((r) => l.byReason[r]),
      l.onWaitlist ?? '',
    ]),
  ];
}
