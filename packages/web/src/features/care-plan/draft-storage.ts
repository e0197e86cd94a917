import type { PlanContent } from '@careloop/core';
import { isObject, readTabItem, removeTabItem, writeTabItem } from '../../lib/tab-storage.js';
import type { TabDraftStore } from '../../lib/use-versioned-autosave.js';

/**
 * The typing not yet saved on the server, per plan, in this tab only (sessionStorage is cleared
 * when the tab closes): a reload or a session timeout must not lose what was typed.
 */
export interface LocalDraft {
  /** The server version the local content was based on. */
  version: number;
  content: PlanContent;
}

const key = (planId: string) => `careloop.care-plan-draft.${planId}`;

const isLocalDraft = (v: unknown): v is LocalDraft =>
  isObject(v) && typeof v.version === 'number' && isObject(v.content) && Array.isArray(v.content.goals);

function readLocalDraft(planId: string): LocalDraft | null {
  const draft = readTabItem(key(planId), isLocalDraft);
  return draft && { version: draft.version, content: draft.content };
}

function writeLocalDraft(planId: string, draft: LocalDraft): void {
  writeTabItem(key(planId), draft);
}

export function clearLocalDraft(planId: string): void {
  removeTabItem(key(planId));
}

/** This plan's drafts in the shape the autosave keeps. */
export function planDraftStore(planId: string): TabDraftStore<PlanContent> {
  return {
    read: () => {
      const draft = readLocalDraft(planId);
      return draft && { version: draft.version, value: draft.content };
    },
    write: ({ version, value }) => writeLocalDraft(planId, { version, content: value }),
    clear: () => clearLocalDraft(planId),
  };
}

/** Same content, ignoring key order (the server may return keys in another order). */
export function sameContent(a: PlanContent, b: PlanContent): boolean {
  return stable(a) === stable(b);
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const entries = Object.entries(v as Record<string, unknown>)
        // undefined and null mean the same here: "not given".
        .filter(([, x]) => x !== undefined && x !== null)
        .sort(([a], [b]) => a.localeCompare(b));
      return Object.fromEntries(entries);
    }
    return v;
  });
}
