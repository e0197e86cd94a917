import { noteStatus, sectionsOf, type NoteView } from '@careloop/core';
import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { NoteStatusBadge } from './note-status-badge.js';

function Signatures({ note, timeZone }: { note: NoteView; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {note.status === 'signed'
          ? t('notes.signedBy', {
              name: note.signedByName ?? t('app.none'),
              at: formatDateTime(note.signedAt, timeZone),
            })
          : t('notes.draftBy', { name: note.authorName })}
      </Text>
      <Group gap="xs">
        {note.lateEntry && (
          <Badge color="gray.8" variant="outline">
            {t('notes.lateEntry')}
          </Badge>
        )}
        {noteStatus(note) === 'awaiting_cosign' && <NoteStatusBadge status="awaiting_cosign" />}
      </Group>
      {note.cosignedAt && (
        <Text size="sm">
          {t('notes.cosignedBy', {
            name: note.cosignedByName ?? t('app.none'),
            at: formatDateTime(note.cosignedAt, timeZone),
          })}
        </Text>
      )}
    </Stack>
  );
}

/** A note as the record keeps it: read-only sections, who signed, and the addenda below in order. */
export function NoteReadView({ note, headingOrder = 4 }: { note: NoteView; headingOrder?: 4 | 5 }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  return (
    <Stack gap="sm">
      <Signatures note={note} timeZone={timeZone} />
      {sectionsOf(note.format).map((k) => (
        <div key={k}>
          <Title order={headingOrder}>{t(`notes.sections.${k}`)}</Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {note.sections[k] || t('notes.empty')}
          </Text>
        </div>
      ))}
      {note.addenda.length > 0 && (
        <>
          <Title order={headingOrder}>{t('notes.addenda')}</Title>
          <List listStyleType="none" spacing="xs" aria-label={t('notes.addenda')}>
            {note.addenda.map((a) => (
              <List.Item key={a.id}>
                <Paper withBorder p="xs">
                  <Text size="xs" fw={700}>
                    {t('notes.addendumBy', { name: a.authorName, at: formatDateTime(a.signedAt, timeZone) })}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {a.text}
                  </Text>
                </Paper>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
