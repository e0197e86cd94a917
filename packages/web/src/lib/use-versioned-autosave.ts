import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api.js';

/** Where a draft autosaved to the server stands; `theirs` is the server's copy after a conflict. */
export type AutosaveState<V> =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; message: string }
  | { kind: 'retrying' }
  | { kind: 'conflict'; theirs: V }
  /** Signed or replaced meanwhile (e.g. in another tab): it can no longer change. */
  | { kind: 'locked'; message: string };

/** A record the server changes only from the version the change was based on. */
export interface VersionedRecord {
  version: number;
  updatedAt: string;
}

/** Typing kept in this tab until the server holds it, with the server version it was based on. */
export interface TabDraft<T> {
  version: number;
  value: T;
}

export interface TabDraftStore<T> {
  read(): TabDraft<T> | null;
  write(draft: TabDraft<T>): void;
  clear(): void;
}

export interface VersionedAutosaveOptions<V extends VersionedRecord, T> {
  /** The record as the server sent it when the editor opened. */
  record: V;
  /** Its editable part (a plan's content, a note's sections) as the server holds it. */
  value: T;
  /** Same typing, ignoring what the server may reorder. */
  same: (a: T, b: T) => boolean;
  /** This tab's copy of the typing (its key names the record, and the user on shared devices). */
  drafts: TabDraftStore<T>;
  /** Sends the typing with the version it was based on; resolves to the saved record. */
  save: (value: T, version: number) => Promise<V>;
  /** What no draft may hold (too long, a bad date): saving waits with this message; null when none. */
  blocker?: (value: T) => string | null;
  /** Closing the editor sends what is still waiting instead of dropping it. */
  saveOnClose?: boolean;
  /** Each record the server holds after a save (or theirs, once a conflict is resolved). */
  onSaved: (view: V) => void;
}

const DEBOUNCE_MS = 1500;
const RETRY_MS = 5000;

/**
 * A draft being typed: kept in memory and in this tab's storage on every keystroke, saved to the
 * server 1.5 s after typing stops (with the version it was based on), unfinished parts and all:
 * signing checks completeness. A dropped connection retries every 5 s; a 401 waits inside api()
 * for the sign-in dialog; a version conflict or a record that can no longer change stops and asks.
 * The tab's copy is cleared only once the server holds exactly what is on screen; typing restored
 * from it goes to the server at once.
 */
export function useVersionedAutosave<V extends VersionedRecord, T>(options: VersionedAutosaveOptions<V, T>) {
  const [initial] = useState(() => {
    const local = options.drafts.read();
    if (local && !options.same(local.value, options.value)) return { ...local, restored: true };
    options.drafts.clear();
    return { version: options.record.version, value: options.value, restored: false };
  });
  const [value, setValueState] = useState<T>(initial.value);
  const [state, setState] = useState<AutosaveState<V>>(
    initial.restored ? { kind: 'pending' } : { kind: 'saved', at: options.record.updatedAt },
  );
  const valueRef = useRef(initial.value);
  const version = useRef(initial.version);
  const revision = useRef(initial.restored ? 1 : 0);
  const savedRevision = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const blocked = useRef(false);
  // The latest callbacks: the editor is keyed by its record, so they change only in identity.
  const opts = useRef(options);
  const enqueueRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));
  useEffect(() => {
    opts.current = options;
  });

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
    const body = valueRef.current;
    const blocker = opts.current.blocker?.(body) ?? null;
    if (blocker !== null) {
      setState({ kind: 'invalid', message: blocker });
      return false;
    }
    setState({ kind: 'saving' });
    try {
      const view = await opts.current.save(body, version.current);
      version.current = view.version;
      savedRevision.current = rev;
      opts.current.onSaved(view);
      if (revision.current === rev) {
        opts.current.drafts.clear();
        setState({ kind: 'saved', at: view.updatedAt });
      } else {
        opts.current.drafts.write({ version: view.version, value: valueRef.current });
        setState({ kind: 'pending' });
      }
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'version_conflict') {
        blocked.current = true;
        setState({ kind: 'conflict', theirs: err.details.current as V });
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
  }, [schedule]);

  const enqueue = useCallback((): Promise<boolean> => {
    chain.current = chain.current.then(saveOnce, saveOnce);
    return chain.current;
  }, [saveOnce]);

  useEffect(() => {
    enqueueRef.current = enqueue;
  }, [enqueue]);

  const setValue = useCallback(
    (next: T) => {
      valueRef.current = next;
      revision.current += 1;
      setValueState(next);
      opts.current.drafts.write({ version: version.current, value: next });
      if (blocked.current) return;
      setState({ kind: 'pending' });
      schedule(DEBOUNCE_MS);
    },
    [schedule],
  );

  /** Saves now (before signing); true when the server holds exactly what is on screen. */
  const flush = useCallback((): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    return enqueue();
  }, [enqueue]);

  /** After the merge view: the chosen typing, based on their version, saved at once. */
  const resolveConflict = useCallback(
    (merged: T, theirs: V) => {
      blocked.current = false;
      version.current = theirs.version;
      opts.current.onSaved(theirs);
      setValue(merged);
      void flush();
    },
    [setValue, flush],
  );

  // Restored typing goes to the server at once. When the editor closes, its timers stop, or with
  // saveOnClose what is still waiting is sent rather than dropped.
  useEffect(() => {
    if (initial.restored) void enqueue();
    return () => {
      if (!timer.current) return;
      clearTimeout(timer.current);
      timer.current = null;
      if (opts.current.saveOnClose) void enqueueRef.current();
    };
  }, [initial.restored, enqueue]);

  return {
    value,
    setValue,
    state,
    flush,
    resolveConflict,
    restored: initial.restored,
    version: () => version.current,
  };
}
