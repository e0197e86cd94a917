import type { PlanContent, PlanGoal } from '@careloop/core';
import { sameContent } from './draft-storage.js';

export type Side = 'theirs' | 'yours';
export const SECTIONS = ['preferences', 'deferredNeeds', 'crisisPrevention'] as const;
export type Section = (typeof SECTIONS)[number];

export interface MergeItem {
  id: string;
  theirs: PlanGoal | null;
  yours: PlanGoal | null;
  same: boolean;
}

const wrap = (goals: PlanGoal[]): PlanContent => ({
  preferences: null,
  crisisPrevention: null,
  deferredNeeds: [],
  goals,
});

/** Goals of both sides matched by id: their order first, then goals only you added. */
export function mergeItems(theirs: PlanContent, yours: PlanContent): MergeItem[] {
  const mine = new Map(yours.goals.map((g) => [g.id, g]));
  const items: MergeItem[] = theirs.goals.map((g) => {
    const y = mine.get(g.id) ?? null;
    return { id: g.id, theirs: g, yours: y, same: !!y && sameContent(wrap([g]), wrap([y])) };
  });
  for (const y of yours.goals) {
    if (!theirs.goals.some((g) => g.id === y.id)) items.push({ id: y.id, theirs: null, yours: y, same: false });
  }
  return items;
}

export function sectionDiffers(theirs: PlanContent, yours: PlanContent, s: Section): boolean {
  return JSON.stringify(theirs[s] ?? null) !== JSON.stringify(yours[s] ?? null);
}

/** The merged content: per goal and per section the chosen side (a side without the goal drops it). */
export function applyChoices(
  theirs: PlanContent,
  yours: PlanContent,
  goals: Readonly<Record<string, Side>>,
  sections: Readonly<Partial<Record<Section, Side>>>,
): PlanContent {
  const pick = <K extends Section>(s: K): PlanContent[K] => ((sections[s] ?? 'theirs') === 'yours' ? yours : theirs)[s];
  const merged = mergeItems(theirs, yours)
    .map((item) => ((goals[item.id] ?? 'theirs') === 'yours' ? item.yours : item.theirs))
    .filter((g): g is PlanGoal => g !== null);
  return {
    preferences: pick('preferences'),
    deferredNeeds: pick('deferredNeeds'),
    crisisPrevention: pick('crisisPrevention'),
    goals: merged,
  };
}
