import { CLIENT_CARE_ROLES } from '@careloop/core';
import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { ContactList } from './contact-list.js';
import { useContacts, useMyDrafts, useStartNote } from './contact-queries.js';
import { LogContactForm } from './log-contact-form.js';
import { NoteCard } from './note-card.js';

type Focus = { kind: 'log' } | { kind: 'note'; noteId: string } | null;

/** My unsigned drafts on this client, so a note started before a timeout is picked up again. */
function MyDraftsNotice({ clientId, onOpen }: { clientId: string; onOpen: (noteId: string) => void }) {
  const { t } = useTranslation();
  const drafts = (useMyDrafts().data?.items ?? []).filter((d) => d.clientId === clientId);
  if (drafts.length === 0) return null;
  return (
    <Alert color="blue" title={t('contacts.draftsTitle', { count: drafts.length })}>
      <Group gap="xs">
        {drafts.map((d, i) => (
          <Button key={d.noteId} size="xs" variant="default" onClick={() => onOpen(d.noteId)}>
            {t('contacts.continueDraft', { n: i + 1 })}
          </Button>
        ))}
      </Group>
    </Alert>
  );
}

/** The chart's "Contacts & notes" tab: log a contact, write and sign its note, read the history. */
export function ContactsPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  const [focus, setFocus] = useState<Focus>(null);
  const contacts = useContacts(clientId);
  const startNote = useStartNote(clientId);
  const canWrite = hasRole(...CLIENT_CARE_ROLES);
  const items = contacts.data?.pages.flatMap((p) => p.items) ?? [];
  const openNote = (noteId: string) => setFocus({ kind: 'note', noteId });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('contacts.panelTitle')}
        </Title>
        {canWrite && focus?.kind !== 'log' && (
          <Button size="md" onClick={() => setFocus({ kind: 'log' })}>
            {t('contacts.log')}
          </Button>
        )}
      </Group>
      {canWrite && <MyDraftsNotice clientId={clientId} onOpen={openNote} />}
      {focus?.kind === 'log' && (
        <LogContactForm
          clientId={clientId}
          onLogged={(r) => setFocus(r.noteId ? { kind: 'note', noteId: r.noteId } : null)}
          onCancel={() => setFocus(null)}
        />
      )}
      {focus?.kind === 'note' && <NoteCard key={focus.noteId} noteId={focus.noteId} onClose={() => setFocus(null)} />}
      <ApiErrorAlert error={contacts.error ?? startNote.error} />
      {contacts.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {contacts.data && items.length === 0 && <Text>{t('contacts.none')}</Text>}
      {items.length > 0 && (
        <ContactList
          contacts={items}
          onOpenNote={openNote}
          onWriteNote={(contactId) => startNote.mutate(contactId, { onSuccess: (note) => openNote(note.id) })}
          writingFor={startNote.isPending ? (startNote.variables ?? null) : null}
        />
      )}
      {contacts.hasNextPage && (
        <Group>
          <Button variant="default" onClick={() => void contacts.fetchNextPage()} loading={contacts.isFetchingNextPage}>
            {t('contacts.showOlder')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
