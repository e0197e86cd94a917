import type { NoteSections, NoteView } from '@careloop/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../lib/api.js';
import type { AutosaveState } from '../../components/save-status.js';
import { noteDrafts } from './local-draft.js';
import { sameSections } from './note-model.js';

export type NoteSaveState = AutosaveState<NoteView>;

const DEBOUNCE_MS = 1500;
const RETRY_MS = 5000;

/**
 * A draft note being typed: every keystroke goes to sessionStorage at once, and to the server
 * 1.5 s after typing stops (PATCH with the version it was based on). A dropped connection
 * retries; a 401 waits inside api() for the sign-in dialog; a version conflict stops and asks.
 * The local copy is cleared only once the server holds exactly what is on screen.
 */
export function useNoteAutosave(note: NoteView, userId: string, onSaved: (view: NoteView) => void) {
  const [initial] = useState(() => {
    const local = noteDrafts.read(userId, note.id);
    if (local && !sameSections(note.format, local.sections, note.sections)) return { ...local, restored: true };
    noteDrafts.clear(userId, note.id);
    return { version: note.version, sections: note.sections, restored: false };
  });
  const [sections, setSectionsState] = useState<NoteSections>(initial.sections);
  const [state, setState] = useState<NoteSaveState>(
    initial.restored ? { kind: 'pending' } : { kind: 'saved', at: note.updatedAt },
  );
  const sectionsRef = useRef(initial.sections);
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
    setState({ kind: 'saving' });
    try {
      const view = await api<NoteView>(`/api/notes/${note.id}`, {
        method: 'PATCH',
        body: { ...sectionsRef.current, version: version.current },
      });
      version.current = view.version;
      savedRevision.current = rev;
      onSavedRef.current(view);
      if (revision.current === rev) {
        noteDrafts.clear(userId, note.id);
        setState({ kind: 'saved', at: view.updatedAt });
      } else {
        noteDrafts.write(userId, note.id, { version: view.version, sections: sectionsRef.current });
        setState({ kind: 'pending' });
      }
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'version_conflict') {
        blocked.current = true;
        setState({ kind: 'conflict', theirs: err.details.current as NoteView });
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
  }, [note.id, userId, schedule]);

  const enqueue = useCallback((): Promise<boolean> => {
    chain.current = chain.current.then(saveOnce, saveOnce);
    return chain.current;
  }, [saveOnce]);

  useEffect(() => {
    enqueueRef.current = enqueue;
  }, [enqueue]);

  const setSections = useCallback(
    (next: NoteSections) => {
      sectionsRef.current = next;
      revision.current += 1;
      setSectionsState(next);
      noteDrafts.write(userId, note.id, { version: version.current, sections: next });
      if (blocked.current) return;
      setState({ kind: 'pending' });
      schedule(DEBOUNCE_MS);
    },
    [note.id, userId, schedule],
  );

  /** Saves now (before signing); true when the server holds exactly what is on screen. */
  const flush = useCallback((): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    return enqueue();
  }, [enqueue]);

  /** After the merge view: the chosen text, based on their version, saved at once. */
  const resolveConflict = useCallback(
    (merged: NoteSections, theirs: NoteView) => {
      blocked.current = false;
      version.current = theirs.version;
      onSavedRef.current(theirs);
      setSections(merged);
      void flush();
    },
    [setSections, flush],
  );

  // Typing restored from this tab goes to the server at once. Closing the editor (another tab of
  // the chart, the note closed) sends what is still waiting instead of dropping the timer.
  useEffect(() => {
    if (initial.restored) void enqueue();
    return () => {
      if (!timer.current) return;
      clearTimeout(timer.current);
      timer.current = null;
      void enqueueRef.current();
    };
  }, [initial.restored, enqueue]);

  return {
    sections,
    setSections,
    state,
    flush,
    resolveConflict,
    restored: initial.restored,
    version: () => version.current,
  };
}
