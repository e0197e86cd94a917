import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The live GAS T-score while rating: announced politely as it changes (the saved score is the server's). */
export function GasPreview({ score, rated }: { score: number | null; rated: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={titleId}>
      <Stack gap={4}>
        <Title order={5} id={titleId}>
          {t('planReview.previewTitle')}
        </Title>
        <Text fw={700} role="status" aria-live="polite">
          {score === null
            ? t('planReview.previewNone')
            : t('planReview.previewValue', { score: score.toFixed(2), count: rated })}
        </Text>
        <Text size="sm">{t('planReview.previewExplain')}</Text>
      </Stack>
    </Paper>
  );
}
