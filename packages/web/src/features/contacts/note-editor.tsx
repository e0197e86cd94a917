import { endpoints, missingSections, sectionsOf, type NoteView } from '@careloop/core';
import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { noteKey, saveNoteDraft, useRefreshContacts } from './contact-queries.js';
import { noteDrafts, noteDraftStore } from './local-draft.js';
import { NoteMergeView } from './note-merge-view.js';
import { SaveStatus } from '../../components/save-status.js';
import { useVersionedAutosave } from '../../lib/use-versioned-autosave.js';
import { sameSections } from './note-model.js';

/** My draft note: each section autosaved as I type, then signed (which locks it). */
export function NoteEditor({ note, userId, onClosed }: { note: NoteView; userId: string; onClosed: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = useRefreshContacts(note.clientId);
  const putInCache = useCallback((v: NoteView) => queryClient.setQueryData(noteKey(v.id), v), [queryClient]);
  const {
    value: sections,
    setValue: setSections,
    state,
    flush,
    resolveConflict,
    restored,
    version,
  } = useVersionedAutosave({
    record: note,
    value: note.sections,
    same: (a, b) => sameSections(note.format, a, b),
    drafts: noteDraftStore(userId, note.id),
    save: (next, basedOn) => saveNoteDraft(note.id, next, basedOn),
    // Closing the editor (another tab of the chart, the note closed) sends what is still waiting.
    saveOnClose: true,
    onSaved: putInCache,
  });
  const [confirming, setConfirming] = useState<'sign' | 'discard' | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const sign = useMutation({
    mutationFn: async () => {
      if (!(await flush())) throw new ApiError(0, 'not_saved', t('notes.saveBeforeSigning'));
      return call(endpoints.contacts.signNote, { params: { id: note.id }, body: { version: version() } });
    },
    onSuccess: async (view) => {
      noteDrafts.clear(userId, note.id);
      setConfirming(null);
      await refresh(view);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'validation_failed') {
        setFieldErrors(err.fields);
        setConfirming(null);
      }
    },
  });
  const discard = useMutation({
    mutationFn: () => call(endpoints.contacts.deleteNote, { params: { id: note.id }, query: { version: version() } }),
    onSuccess: async () => {
      noteDrafts.clear(userId, note.id);
      queryClient.removeQueries({ queryKey: noteKey(note.id) });
      await refresh();
      onClosed();
    },
  });

  const startSigning = () => {
    const missing = missingSections(note.format, sections);
    setFieldErrors(Object.fromEntries(missing.map((f) => [f.path, t('notes.sectionRequired')])));
    if (missing.length === 0) setConfirming('sign');
  };

  if (state.kind === 'conflict') {
    return (
      <NoteMergeView
        theirs={state.theirs}
        yours={sections}
        onResolve={(merged) => resolveConflict(merged, state.theirs)}
      />
    );
  }
  return (
    <Stack gap="sm">
      <SaveStatus state={state} ns="notes" />
      {restored && (
        <Alert color="blue" role="status">
          {t('notes.restored')}
        </Alert>
      )}
      {state.kind === 'locked' && (
        <Alert color="red" role="alert">
          {t('notes.lockedBody')}
        </Alert>
      )}
      {sectionsOf(note.format).map((k, i) => (
        <Textarea
          key={k}
          label={t(`notes.sections.${k}`)}
          description={t(`notes.hints.${k}`)}
          autosize
          minRows={3}
          data-autofocus={i === 0 || undefined}
          value={sections[k] ?? ''}
          readOnly={state.kind === 'locked'}
          error={fieldErrors[k]}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setSections({ ...sections, [k]: value });
            if (fieldErrors[k] && value.trim()) setFieldErrors({ ...fieldErrors, [k]: '' });
          }}
        />
      ))}
      {state.kind !== 'locked' && (
        <Group>
          <Button onClick={startSigning}>{t('notes.sign')}</Button>
          <Button variant="default" onClick={() => setConfirming('discard')}>
            {t('notes.discard')}
          </Button>
        </Group>
      )}
      <ConfirmDialog
        opened={confirming === 'sign'}
        title={t('notes.signTitle')}
        body={t('notes.signBody')}
        confirmLabel={t('notes.signConfirm')}
        onClose={() => setConfirming(null)}
        onConfirm={() => sign.mutate()}
        loading={sign.isPending}
        error={sign.error instanceof ApiError && sign.error.code === 'validation_failed' ? null : sign.error}
      />
      <ConfirmDialog
        opened={confirming === 'discard'}
        title={t('notes.discardTitle')}
        body={t('notes.discardBody')}
        confirmLabel={t('notes.discardConfirm')}
        onClose={() => setConfirming(null)}
        onConfirm={() => discard.mutate()}
        loading={discard.isPending}
        error={discard.error}
        danger
      />
    </Stack>
  );
}
