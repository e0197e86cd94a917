import { describe, expect, it } from 'vitest';
import { esCarePlanPrint } from '../../lib/locales/es-care-plan-print.js';
import goalView from './goal-view.tsx?raw';
import planReadView from './plan-read-view.tsx?raw';
import printedPlan from './printed-plan.tsx?raw';

type Tree = { [key: string]: string | Tree };

/** Every string of a nested bundle by its dotted key. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const spanish = leaves(esCarePlanPrint as unknown as Tree);

// The Spanish bundle itself is checked in lib/locales; here, that the printed views ask for no label it lacks.
describe('Spanish wording of the printed care plan', () => {
  it('covers every label the printed views use (staff-only lines are never printed)', () => {
    const staffOnly = new Set(['carePlan.staffRestatement', 'carePlan.gasShort', 'carePlan.gasSummary']);
    const files = [printedPlan, planReadView, goalView];
    const used = files.flatMap((src) => [...src.matchAll(/\bt\(\s*['`]([\w.]+)/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(20);
    for (const key of used) {
      if (staffOnly.has(key)) continue;
      // A template key (`carePlan.categories.${…}`) is covered when its group is.
      const covered = [...spanish.keys()].some((k) => k === key || k.startsWith(key.endsWith('.') ? key : `${key}.`));
      expect(covered, key).toBe(true);
    }
  });
});
