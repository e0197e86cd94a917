import type { ContactView } from '@careloop/core';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { contactNoteStatus } from './contact-model.js';
import { NoteStatusBadge } from './note-status-badge.js';

function ContactRow({
  c,
  timeZone,
  onOpenNote,
  onWriteNote,
  writing,
}: {
  c: ContactView;
  timeZone: string;
  onOpenNote: (noteId: string) => void;
  onWriteNote: (contactId: string) => void;
  writing: boolean;
}) {
  const { t } = useTranslation();
  const status = contactNoteStatus(c);
  const struck = c.voided ? { textDecoration: 'line-through' } : undefined;
  return (
    <Table.Tr>
      <Table.Td>
        <Stack gap={2}>
          <Text size="sm" style={struck}>
            {formatDateTime(c.occurredAt, timeZone)}
          </Text>
          {c.lateEntry && (
            <Badge color="gray.8" variant="outline" size="sm">
              {t('contacts.lateEntry', { at: formatDateTime(c.enteredAt, timeZone) })}
            </Badge>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          <Text size="sm" style={struck}>
            {t(`contacts.types.${c.type}`)}
          </Text>
          {c.voided && (
            <Badge color="red.9" size="sm">
              {t('contacts.voided')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={struck} fw={c.successful ? undefined : 700}>
          {t(`contacts.outcomes.${c.outcome}`)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={struck}>
          {t('contacts.minutes', { count: c.durationMinutes })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={struck}>
          {c.authorName}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {status && <NoteStatusBadge status={status} />}
          {c.noteId ? (
            <Button size="xs" variant="default" onClick={() => onOpenNote(c.noteId!)}>
              {t('contacts.openNote')}
            </Button>
          ) : (
            !c.voided && (
              <Button size="xs" variant="default" loading={writing} onClick={() => onWriteNote(c.id)}>
                {t('contacts.writeNote')}
              </Button>
            )
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The client's contacts, newest first; voided ones stay visible, struck through. */
export function ContactList({
  contacts,
  onOpenNote,
  onWriteNote,
  writingFor,
}: {
  contacts: readonly ContactView[];
  onOpenNote: (noteId: string) => void;
  onWriteNote: (contactId: string) => void;
  writingFor: string | null;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label={t('contacts.listLabel')} withTableBorder verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contacts.when')}</Table.Th>
            <Table.Th>{t('contacts.type')}</Table.Th>
            <Table.Th>{t('contacts.outcome')}</Table.Th>
            <Table.Th>{t('contacts.duration')}</Table.Th>
            <Table.Th>{t('contacts.author')}</Table.Th>
            <Table.Th>{t('contacts.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((c) => (
            <ContactRow
              key={c.id}
              c={c}
              timeZone={timeZone}
              onOpenNote={onOpenNote}
              onWriteNote={onWriteNote}
              writing={writingFor === c.id}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
