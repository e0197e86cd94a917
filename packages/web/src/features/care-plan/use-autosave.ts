import type { CarePlanView, PlanContent } from '@careloop/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../lib/api.js';
import type { AutosaveState } from '../../components/save-status.js';
import { clearLocalDraft, readLocalDraft, sameContent, writeLocalDraft } from './draft-storage.js';
import { saveBlocker } from './plan-problems.js';

export type SaveState = AutosaveState<CarePlanView>;

const DEBOUNCE_MS = 1500;
const RETRY_MS = 5000;

/**
 * The draft being edited: kept in memory and in sessionStorage on every keystroke, saved to the
 * server 1.5 s after typing stops (PUT with the version it was based on), unfinished parts and all:
 * signing checks that the plan is complete. A dropped connection retries; a 401 waits for the
 * re-sign-in dialog inside api(); a version conflict stops and asks.
 */
export function useAutosave(plan: CarePlanView, onSaved: (view: CarePlanView) => void) {
  const [initial] = useState(() => {
    const local = readLocalDraft(plan.id);
    if (local && !sameContent(local.content, plan.content)) return { ...local, restored: true };
    clearLocalDraft(plan.id);
    return { version: plan.version, content: plan.content, restored: false };
  });
  const [content, setContentState] = useState<PlanContent>(initial.content);
  const [state, setState] = useState<SaveState>(
    initial.restored ? { kind: 'pending' } : { kind: 'saved', at: plan.updatedAt },
  );
  const contentRef = useRef(initial.content);
  const version = useRef(initial.version);
  const revision = useRef(initial.restored ? 1 : 0);
  const savedRevision = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const blocked = useRef(false);
  const onSavedRef = useRef(onSaved);
  const enqueueRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));
  useEffect(() => {
    onSavedRef.current = onSaved;
  }, [onSaved]);

  const schedule = useCallback((ms: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void enqueueRef.current();
    }, ms);
  }, []);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    if (blocked.current) return false;
    const rev = revision.current;
    if (rev === savedRevision.current) return true;
    const body = contentRef.current;
    // Unfinished text is saved as it is; only what no draft may hold (too long, a bad date) waits.
    const blocker = saveBlocker(body);
    if (blocker !== null) {
      setState({ kind: 'invalid', message: blocker });
      return false;
    }
    setState({ kind: 'saving' });
    try {
      const view = await api<CarePlanView>(`/api/care-plans/${plan.id}`, {
        method: 'PUT',
        body: { content: body, version: version.current },
      });
      version.current = view.version;
      savedRevision.current = rev;
      onSavedRef.current(view);
      if (revision.current === rev) {
        clearLocalDraft(plan.id);
        setState({ kind: 'saved', at: view.updatedAt });
      } else {
        writeLocalDraft(plan.id, { version: view.version, content: contentRef.current });
        setState({ kind: 'pending' });
      }
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'version_conflict') {
        blocked.current = true;
        setState({ kind: 'conflict', theirs: err.details.current as CarePlanView });
      } else if (err instanceof ApiError && err.status === 409) {
        blocked.current = true;
        setState({ kind: 'locked', message: err.message });
      } else if (err instanceof ApiError && err.status === 400) {
        setState({ kind: 'invalid', message: Object.values(err.fields)[0] ?? err.message });
      } else {
        setState({ kind: 'retrying' });
        schedule(RETRY_MS);
      }
      return false;
    }
  }, [plan.id, schedule]);

  const enqueue = useCallback((): Promise<boolean> => {
    chain.current = chain.current.then(saveOnce, saveOnce);
    return chain.current;
  }, [saveOnce]);

  useEffect(() => {
    enqueueRef.current = enqueue;
  }, [enqueue]);

  const setContent = useCallback(
    (next: PlanContent) => {
      contentRef.current = next;
      revision.current += 1;
      setContentState(next);
      writeLocalDraft(plan.id, { version: version.current, content: next });
      if (blocked.current) return;
      setState({ kind: 'pending' });
      schedule(DEBOUNCE_MS);
    },
    [plan.id, schedule],
  );

  /** Saves now (before signing); true when the server holds exactly what is on screen. */
  const flush = useCallback((): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    return enqueue();
  }, [enqueue]);

  /** After the merge view: the chosen content, based on their version, saved at once. */
  const resolveConflict = useCallback(
    (merged: PlanContent, theirs: CarePlanView) => {
      blocked.current = false;
      version.current = theirs.version;
      onSavedRef.current(theirs);
      setContent(merged);
      void flush();
    },
    [setContent, flush],
  );

  // Restored typing from this tab goes to the server at once; timers stop with the editor.
  useEffect(() => {
    if (initial.restored) void enqueue();
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [initial.restored, enqueue]);

  return { content, setContent, state, flush, resolveConflict, version: () => version.current };
}
