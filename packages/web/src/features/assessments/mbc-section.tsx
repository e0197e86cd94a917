import { gad7Outcome, iaptOutcome, phq9Outcome, type AssessmentResultView } from '@careloop/core';
import { List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { measureSeries, scopeResults } from './mbc-model.js';
import { TrendChart } from './trend-chart.js';

interface Props {
  items: readonly AssessmentResultView[];
  episode: { id: string; programName: string } | null;
}

/** PHQ-9 and GAD-7 trends with change from baseline and the outcome labels computed by core. */
export function MbcSection({ items, episode }: Props) {
  const { t } = useTranslation();
  const scoped = scopeResults(items, episode?.id ?? null);
  const phq9 = measureSeries(scoped, 'phq9');
  const gad7 = measureSeries(scoped, 'gad7');
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
        <TrendChart measure="phq9" scores={phq9} outcome={phq9Outcome(phq9)} />
        <TrendChart measure="gad7" scores={gad7} outcome={gad7Outcome(gad7)} />
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
