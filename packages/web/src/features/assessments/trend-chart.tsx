// Only the trend charts use @mantine/charts: its styles load with them, not on first load.
import '@mantine/charts/styles.css';
import {
  GAD7_BANDS,
  PHQ9_BANDS,
  type MbcMeasure,
  type MbcScore,
  type MeasureOutcome,
  type Severity,
} from '@careloop/core';
import { LineChart } from '@mantine/charts';
import { Box, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';

const BANDS = { phq9: PHQ9_BANDS, gad7: GAD7_BANDS } as const;
const MAX = { phq9: 27, gad7: 21 } as const;
const BAND_COLORS = {
  minimal: 'green.3',
  mild: 'yellow.3',
  moderate: 'orange.3',
  moderately_severe: 'red.2',
  severe: 'red.4',
} as const;

/** A complete score with the severity the server stored for it. */
export interface TrendPoint extends MbcScore {
  severity: Severity | null;
}

interface Props {
  measure: MbcMeasure;
  /** Every score the chart shows. */
  scores: readonly TrendPoint[];
  /** The scores the outcome was computed from (the episode's). */
  counted: readonly TrendPoint[];
  outcome: MeasureOutcome;
}

type Standing = 'countedYes' | 'countedRepeat' | 'countedBefore';

/** Why a shown score is, or is not, part of change from baseline. */
function standingOf(s: TrendPoint, counted: readonly TrendPoint[], outcome: MeasureOutcome): Standing {
  const same = (x: { at: string; total: number }) => x.at === s.at && x.total === s.total;
  if (!counted.some(same)) return 'countedBefore';
  return outcome.repeatsExcluded.some(same) ? 'countedRepeat' : 'countedYes';
}

/**
 * One measure over time with its severity bands shaded. The picture is backed by text for everyone:
 * a caption, a summary, the outcome labels and the scores as a table.
 */
export function TrendChart({ measure, scores, counted, outcome }: Props) {
  const { t } = useTranslation();
  const { me } = useSession();
  const zone = me?.organization.timeZone ?? 'UTC';
  const captionId = useId();
  const name = t(`assessments.instruments.${measure}`);
  const bands = BANDS[measure];
  const sorted = [...scores].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const data = sorted.map((s) => ({ when: formatDateTime(s.at, zone), score: s.total }));
  const bandText = bands.map((b) => `${t(`assessments.severities.${b.severity}`)} ${b.min}–${b.max}`).join(', ');
  const { baseline, latest } = outcome;

  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby={captionId}>
      <Stack gap="sm">
        <Title order={4} component="figcaption" id={captionId}>
          {t('assessments.mbc.chartTitle', { name })}
        </Title>
        {sorted.length === 0 ? (
          <Text>{t('assessments.mbc.summaryNone', { name })}</Text>
        ) : (
          <>
            <Box role="img" aria-label={t('assessments.mbc.chartLabel', { name })}>
              <LineChart
                h={240}
                data={data}
                dataKey="when"
                series={[{ name: 'score', label: name, color: 'blue.9' }]}
                curveType="linear"
                withTooltip={false}
                yAxisProps={{ domain: [0, MAX[measure]], ticks: [...bands.map((b) => b.min), MAX[measure]] }}
                referenceAreas={bands.map((b, i) => ({
                  y1: b.min,
                  y2: bands[i + 1]?.min ?? b.max,
                  color: BAND_COLORS[b.severity],
                  fillOpacity: 0.35,
                  strokeOpacity: 0,
                  label: { value: t(`assessments.severities.${b.severity}`), fill: 'var(--mantine-color-gray-9)' },
                  labelPosition: 'insideRight',
                }))}
              />
            </Box>
            <Text size="sm">{t('assessments.mbc.bandsNote', { bands: bandText })}</Text>
            {baseline && latest ? (
              <Text>
                {t('assessments.mbc.summary', {
                  name,
                  count: sorted.length,
                  baseline: baseline.total,
                  baselineDate: formatDateTime(baseline.at, zone),
                  latest: latest.total,
                  latestDate: formatDateTime(latest.at, zone),
                })}
              </Text>
            ) : (
              <Text>{t('assessments.mbc.summaryNoBaseline', { name })}</Text>
            )}
            {outcome.change !== null && (
              <Text fw={600}>
                {t('assessments.mbc.change', { change: outcome.change > 0 ? `+${outcome.change}` : outcome.change })}{' '}
                {outcome.percentReduction !== null &&
                  t('assessments.mbc.percent', { percent: Math.round(outcome.percentReduction) })}
              </Text>
            )}
            <List aria-label={t('assessments.mbc.outcomes')}>
              {outcome.labels.map((l) => (
                <List.Item key={l}>{l}</List.Item>
              ))}
            </List>
            <Table aria-label={t('assessments.mbc.tableLabel', { name })} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('assessments.history.date')}</Table.Th>
                  <Table.Th scope="col">{t('assessments.history.score')}</Table.Th>
                  <Table.Th scope="col">{t('assessments.history.severity')}</Table.Th>
                  <Table.Th scope="col">{t('assessments.mbc.counted')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((s, i) => (
                  <Table.Tr key={`${s.at}-${i}`}>
                    <Table.Td>{formatDateTime(s.at, zone)}</Table.Td>
                    <Table.Td>{s.total}</Table.Td>
                    <Table.Td>{s.severity ? t(`assessments.severities.${s.severity}`) : t('app.none')}</Table.Td>
                    <Table.Td>{t(`assessments.mbc.${standingOf(s, counted, outcome)}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}
