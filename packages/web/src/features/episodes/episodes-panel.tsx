import { INTAKE_ROLES } from '@careloop/core';
import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useClientEpisodes } from './care-queries.js';
import { EnrolModal } from './enrol-form.js';
import { EpisodeCard } from './episode-card.js';

/** The chart's "Episodes" tab: every episode of care of the client, newest first. */
export function EpisodesPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { hasRole } = useSession();
  const episodes = useClientEpisodes(clientId);
  const [enrolling, setEnrolling] = useState(false);
  // Mirrors the server's policy (episode.enroll); the server decides regardless.
  const canEnrol = hasRole(...INTAKE_ROLES, 'case_manager');
  const items = episodes.data?.items ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('episodes.title')}
        </Title>
        {canEnrol && <Button onClick={() => setEnrolling(true)}>{t('episodes.enrol')}</Button>}
      </Group>
      <ApiErrorAlert error={episodes.error} />
      {episodes.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {episodes.data && items.length === 0 && <Text>{t('episodes.empty')}</Text>}
      {items.map((e) => (
        <EpisodeCard key={e.id} episode={e} all={items} />
      ))}
      {canEnrol && <EnrolModal clientId={clientId} opened={enrolling} onClose={() => setEnrolling(false)} />}
    </Stack>
  );
}
