import { endpoints, type NoteView } from '@careloop/core';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useRefreshContacts } from './contact-queries.js';

/** An addendum is signed as it is added and never edited: a correction or a late addition. */
export function AddendumForm({ note }: { note: NoteView }) {
  const { t } = useTranslation();
  const refresh = useRefreshContacts(note.clientId);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const add = useMutation({
    mutationFn: () => call(endpoints.contacts.addAddendum, { params: { id: note.id }, body: { text } }),
    onSuccess: async (addendum) => {
      setText('');
      setOpen(false);
      await refresh({ ...note, addenda: [...note.addenda, addendum] });
    },
  });
  const fieldError = add.error instanceof ApiError ? add.error.fields.text : undefined;
  if (!open) {
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)}>
          {t('notes.addAddendum')}
        </Button>
      </Group>
    );
  }
  return (
    <Stack gap="xs">
      <Textarea
        label={t('notes.addendum')}
        description={t('notes.addendumHint')}
        autosize
        minRows={3}
        data-autofocus
        autoFocus
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={fieldError}
      />
      <ApiErrorAlert error={fieldError ? null : add.error} />
      <Group>
        <Button onClick={() => add.mutate()} loading={add.isPending} disabled={!text.trim()}>
          {t('notes.signAddendum')}
        </Button>
        <Button variant="default" onClick={() => setOpen(false)}>
          {t('app.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
