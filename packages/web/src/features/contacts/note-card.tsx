import { Button, Center, Group, Loader, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { AddendumForm } from './addendum-form.js';
import { useNote } from './contact-queries.js';
import { CosignButton } from './cosign-button.js';
import { NoteEditor } from './note-editor.js';
import { NoteReadView } from './note-read-view.js';

/**
 * One progress note: my draft opens in the editor; anything else (signed, or a colleague's
 * draft) is read-only, with addenda once signed and the co-sign for a supervisor.
 */
export function NoteCard({
  noteId,
  onClose,
  readOnly = false,
}: {
  noteId: string;
  onClose?: () => void;
  /** The co-sign queue shows notes without the editing controls. */
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const note = useNote(noteId);
  const data = note.data;
  const editable = !readOnly && !!me && data?.status === 'draft' && data.authorId === me.id;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`note-title-${noteId}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} id={`note-title-${noteId}`}>
            {data ? t(`notes.title.${data.format}`) : t('notes.titleLoading')}
          </Title>
          {onClose && (
            <Button variant="subtle" onClick={onClose}>
              {t('notes.close')}
            </Button>
          )}
        </Group>
        <ApiErrorAlert error={note.error} />
        {note.isLoading && (
          <Center>
            <Loader aria-label={t('app.loading')} />
          </Center>
        )}
        {data && me && editable && <NoteEditor key={data.id} note={data} userId={me.id} onClosed={() => onClose?.()} />}
        {data && !editable && <NoteReadView note={data} />}
        {data?.status === 'signed' && !readOnly && <AddendumForm note={data} />}
        {data && <CosignButton note={data} />}
      </Stack>
    </Paper>
  );
}
