import { endpoints, WhereaboutsList, type EpisodeView, type Whereabouts, type WhereaboutsBody } from '@careloop/core';
import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { fromWallTime } from '../../lib/wall-time.js';
import { useEpisodeAction } from './use-episode-action.js';

function WhereaboutsForm({ episode, timeZone, titleId }: { episode: EpisodeView; timeZone: string; titleId: string }) {
  const { t } = useTranslation();
  const [place, setPlace] = useState<Whereabouts>(episode.whereabouts);
  const [since, setSince] = useState('');
  const save = useEpisodeAction(
    episode.clientId,
    (body: WhereaboutsBody) => call(endpoints.engagement.setWhereabouts, { params: { id: episode.id }, body }),
    { success: () => t('engagement.whereabouts.saved') },
  );
  const fields = fieldsOf(save.error);
  const unchanged = place === episode.whereabouts && since === '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const at = since ? (fromWallTime(since, timeZone) ?? since) : undefined;
    save.mutate({ whereabouts: place, ...(at && { since: at }), version: episode.version });
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby={titleId}>
      <Group align="flex-end">
        <Select
          label={t('engagement.whereabouts.label')}
          data={WhereaboutsList.map((w) => ({ value: w, label: t(`engagement.whereabouts.options.${w}`) }))}
          value={place}
          onChange={(v) => v && setPlace(v)}
          allowDeselect={false}
          error={fields.whereabouts}
          w={220}
        />
        <TextInput
          label={t('engagement.whereabouts.since')}
          description={t('engagement.whereabouts.sinceHint')}
          type="datetime-local"
          value={since}
          onChange={(e) => setSince(e.currentTarget.value)}
          error={fields.since}
          w={240}
        />
        <Button type="submit" variant="default" loading={save.isPending} disabled={unchanged}>
          {t('engagement.whereabouts.save')}
        </Button>
      </Group>
      {save.error && !Object.keys(fields).length && <ApiErrorAlert error={save.error} />}
    </form>
  );
}

/** Where the client is: in hospital or jail, late contacts become in-reach visits, not overdue. */
export function WhereaboutsControl({ episode }: { episode: EpisodeView }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const titleId = `whereabouts-${episode.id}-title`;
  const place = t(`engagement.whereabouts.options.${episode.whereabouts}`);
  return (
    <Stack gap="xs">
      <Title order={4} id={titleId}>
        {t('engagement.whereabouts.title')}
      </Title>
      <Text size="sm">
        {episode.whereaboutsSince
          ? t('engagement.whereabouts.current', { place, date: formatDateTime(episode.whereaboutsSince, timeZone) })
          : t('engagement.whereabouts.currentNoDate', { place })}
      </Text>
      {episode.whereabouts !== 'community' && (
        <Text size="sm" c="gray.7">
          {t('engagement.whereabouts.awayNote')}
        </Text>
      )}
      {episode.stage !== 'closed' && (
        // Keyed by version: after a save (or a conflict refresh) the form starts from the server's state.
        <WhereaboutsForm key={episode.version} episode={episode} timeZone={timeZone} titleId={titleId} />
      )}
    </Stack>
  );
}
