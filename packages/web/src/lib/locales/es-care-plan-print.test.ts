import { describe, expect, it } from 'vitest';
import i18n from '../i18n.js';
import { en } from './en.js';
import { esCarePlanPrint, PRINT_KEYS } from './es-care-plan-print.js';

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

/** The English strings of the printed copy: the same keys picked out of the whole English bundle. */
function englishPrintStrings(): Map<string, string> {
  const all = leaves(en);
  const picked = new Map<string, string>();
  for (const [section, keys] of Object.entries(PRINT_KEYS)) {
    for (const k of keys) {
      for (const [key, value] of all) {
        if (key === `${section}.${k}` || key.startsWith(`${section}.${k}.`)) picked.set(key, value);
      }
    }
  }
  return picked;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const english = englishPrintStrings();
const spanish = leaves(esCarePlanPrint as unknown as Tree);

describe('Spanish wording of the printed care plan', () => {
  it('has a Spanish string for every English print key, and no others', () => {
    expect(english.size).toBeGreaterThan(50);
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of spanish) expect(value.trim(), key).not.toBe('');
  });

  it('keeps each string’s placeholders, and is translated rather than copied', () => {
    for (const [key, value] of english) {
      const es = spanish.get(key) ?? '';
      expect(placeholders(es), key).toEqual(placeholders(value));
      if (value !== '—') expect(es, key).not.toBe(value);
    }
  });

  it('is read with a fixed-language t while the app stays English', () => {
    expect(i18n.language).toBe('en');
    expect(i18n.t('carePlan.print.title')).toBe('My care plan');
    const es = i18n.getFixedT('es');
    expect(es('carePlan.print.title')).toBe('Mi plan de atención');
    expect(es('carePlan.domainLabels.housing')).toBe('Vivienda');
    expect(es('carePlan.print.reviewDue', { date: '5 mar 2026' })).toBe(
      'Volveremos a revisar este plan juntos a más tardar el 5 mar 2026.',
    );
    // Outside the printed copy there is no Spanish: English, not a bare key.
    expect(es('carePlan.staffRestatement')).toBe('Staff restatement (internal)');
  });
});
