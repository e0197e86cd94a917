import { addDays, format, parseISO } from 'date-fns';
import type { UnmetNeedsCategoryTotal } from '@careloop/core';

export interface ReportPeriod {
  from: string;
  to: string;
  programId: string | null;
}

/** The last 90 days, today included. */
export function defaultPeriod(today: string): ReportPeriod {
  return { from: format(addDays(parseISO(today), -89), 'yyyy-MM-dd'), to: today, programId: null };
}

/** The CSV download's address (a plain link: the browser saves the file). */
export function unmetNeedsCsvHref(p: ReportPeriod): string {
  const q = new URLSearchParams({ from: p.from, to: p.to });
  if (p.programId) q.set('programId', p.programId);
  return `/api/reports/unmet-needs.csv?${q.toString()}`;
}

/** Rows for the bar chart: one bar pair per category, labelled. */
export function chartRows(lines: readonly UnmetNeedsCategoryTotal[], label: (category: string) => string) {
  return lines.map((l) => ({ category: label(l.category), recorded: l.recorded, open: l.open }));
}
