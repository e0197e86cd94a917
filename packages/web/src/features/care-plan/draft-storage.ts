import type { PlanContent } from '@careloop/core';

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

export function readLocalDraft(planId: string): LocalDraft | null {
  try {
    const raw = sessionStorage.getItem(key(planId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<LocalDraft>;
    if (typeof parsed.version !== 'number' || !parsed.content || !Array.isArray(parsed.content.goals)) return null;
    return { version: parsed.version, content: parsed.content };
  } catch {
    return null;
  }
}

export function writeLocalDraft(planId: string, draft: LocalDraft): void {
  try {
    sessionStorage.setItem(key(planId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the in-memory draft and the server autosave still hold the typing.
  }
}

export function clearLocalDraft(planId: string): void {
  try {
    sessionStorage.removeItem(key(planId));
  } catch {
    // Nothing to clear.
  }
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
