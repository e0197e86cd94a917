import { endpoints, type EpisodeView, type WaitlistBody } from '@careloop/core';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useEpisodeAction } from './use-episode-action.js';

/** Who waits for which program since when, and what for; a toggle with a note. */
export function WaitlistControl({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [note, setNote] = useState('');
  const save = useEpisodeAction(
    episode.clientId,
    (body: WaitlistBody) => call(endpoints.episodes.setWaitlist, { params: { id: episode.id }, body }),
    { success: () => t('episodes.waitlistSaved'), onDone: () => setNote('') },
  );
  const fields = fieldsOf(save.error);
  const open = episode.stage !== 'closed';
  const titleId = `waitlist-${episode.id}-title`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      waitlisted: !episode.waitlisted,
      note: episode.waitlisted ? null : note.trim() || null,
      version: episode.version,
    });
  };

  return (
    <Stack gap="xs">
      <Title order={4} id={titleId}>
        {t('episodes.waitlistStatus')}
      </Title>
      {episode.waitlisted ? (
        <Text size="sm">
          <strong>
            {t('episodes.waitlistedSince', {
              date: formatDateTime(episode.waitlistedSince, me?.organization.timeZone ?? 'UTC'),
            })}
          </strong>
          {episode.waitlistNote ? ` — ${episode.waitlistNote}` : ''}
        </Text>
      ) : (
        <Text size="sm">{t('episodes.notWaitlisted')}</Text>
      )}
      {open && (
        <form noValidate onSubmit={submit} aria-labelledby={titleId}>
          <Group align="flex-end">
            {!episode.waitlisted && (
              <TextInput
                label={t('episodes.waitlistNote')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                error={fields.note}
                w={320}
              />
            )}
            <Button type="submit" variant="default" loading={save.isPending}>
              {episode.waitlisted ? t('episodes.removeFromWaitlist') : t('episodes.addToWaitlist')}
            </Button>
          </Group>
          {save.error && !Object.keys(fields).length && <ApiErrorAlert error={save.error} />}
        </form>
      )}
    </Stack>
  );
}
