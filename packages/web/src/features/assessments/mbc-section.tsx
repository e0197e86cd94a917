import { gad7Outcome, iaptOutcome, phq9Outcome, scopeToEpisode, type AssessmentResultView } from '@careloop/core';
import { List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { measureSeries } from './mbc-model.js';
import { TrendChart } from './trend-chart.js';

interface Props {
  items: readonly AssessmentResultView[];
  episode: { id: string; programName: string; openedAt: string } | null;
}

/** PHQ-9 and GAD-7 trends with change from baseline and the outcome labels computed by core. */
export function MbcSection({ items, episode }: Props) {
  const { t } = useTranslation();
  // The chart shows every score of the episode and those recorded with no episode (history);
  // outcomes count the episode's, and exclude repeats within 14 days (core).
  const { shown, counted } = scopeToEpisode(items, episode);
  const phq9 = measureSeries(counted, 'phq9');
  const gad7 = measureSeries(counted, 'gad7');
  const iapt = iaptOutcome(phq9, gad7);
  return (
    <Stack component="section" aria-labelledby="mbc-title">
      <Title order={3} id="mbc-title">
        {t('assessments.mbc.title')}
      </Title>
      <Text size="sm">
        {episode ? t('assessments.mbc.scopeEpisode', { program: episode.programName }) : t('assessments.mbc.scopeAll')}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <TrendChart measure="phq9" scores={measureSeries(shown, 'phq9')} counted={phq9} outcome={phq9Outcome(phq9)} />
        <TrendChart measure="gad7" scores={measureSeries(shown, 'gad7')} counted={gad7} outcome={gad7Outcome(gad7)} />
      </SimpleGrid>
      <Paper withBorder p="md">
        <Title order={4}>{t('assessments.mbc.iapt')}</Title>
        <List>
          {iapt.labels.map((l) => (
            <List.Item key={l}>{l}</List.Item>
          ))}
        </List>
      </Paper>
    </Stack>
  );
}
