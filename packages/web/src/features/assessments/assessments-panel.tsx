import type { InstrumentId } from '@careloop/core';
import { Button, Center, Group, Loader, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useClientEpisodes } from '../episodes/care-queries.js';
import type { OpenEpisode } from './administer-instrument.js';
import { AdministerInstrument } from './instrument-modal.js';
import { GIVABLE } from './answers-model.js';
import { AssessmentHistory } from './assessment-history.js';
import { useAssessments } from './assessment-queries.js';
import { MbcSection } from './mbc-section.js';
import { openEpisode } from './mbc-model.js';

/** The chart's "Assessments" tab: give an instrument, see every signed result and the MBC trends. */
export function AssessmentsPanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const assessments = useAssessments(clientId);
  const episodes = useClientEpisodes(clientId);
  // A counter in the key starts a fresh form each time, also when one form hands on to the C-SSRS.
  const [giving, setGiving] = useState<{ instrument: InstrumentId; run: number } | null>(null);
  const open = openEpisode(episodes.data?.items ?? []);
  const episode: OpenEpisode | null = open
    ? { id: open.id, programName: open.programName, openedAt: open.openedAt }
    : null;
  const items = assessments.data?.items ?? [];
  const give = (instrument: InstrumentId) => setGiving((g) => ({ instrument, run: (g?.run ?? 0) + 1 }));

  return (
    <Stack>
      <Title order={2} size="h3">
        {t('assessments.title')}
      </Title>
      <Group gap="sm" role="group" aria-label={t('assessments.give')}>
        {GIVABLE.map((id) => (
          <Button key={id} size="md" variant="default" onClick={() => give(id)} disabled={episodes.isLoading}>
            {t('assessments.giveInstrument', { name: t(`assessments.instruments.${id}`) })}
          </Button>
        ))}
      </Group>
      <ApiErrorAlert error={assessments.error ?? episodes.error} />
      {assessments.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {assessments.data && (
        <>
          <Title order={3}>{t('assessments.history.title')}</Title>
          <AssessmentHistory items={items} />
          <MbcSection items={items} episode={episode} />
        </>
      )}
      {giving && (
        <AdministerInstrument
          key={giving.run}
          clientId={clientId}
          instrument={giving.instrument}
          episode={episode}
          onClose={() => setGiving(null)}
          onGive={give}
        />
      )}
    </Stack>
  );
}
