import { Center, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useClientEpisodes } from '../episodes/care-queries.js';
import { EpisodePlan } from './episode-plan.js';

/** The chart's "Care plan" tab: the plan of the open episode (or one of several open episodes). */
export function CarePlanPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const episodes = useClientEpisodes(clientId);
  const open = (episodes.data?.items ?? []).filter((e) => e.stage !== 'closed');
  const [chosen, setChosen] = useState<string | null>(null);
  const episode = open.find((e) => e.id === chosen) ?? open[0];
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('carePlan.panelTitle')}
      </Title>
      <ApiErrorAlert error={episodes.error} />
      {episodes.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {episodes.data && open.length === 0 && <Text>{t('carePlan.noOpenEpisode')}</Text>}
      {open.length > 1 && (
        <Select
          label={t('carePlan.episode')}
          data={open.map((e) => ({ value: e.id, label: e.programName }))}
          value={episode?.id ?? null}
          onChange={setChosen}
          allowDeselect={false}
        />
      )}
      {episode && <EpisodePlan key={episode.id} clientId={clientId} episode={episode} />}
    </Stack>
  );
}
