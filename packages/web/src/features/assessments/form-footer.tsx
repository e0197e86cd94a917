import type { InstrumentDefinition } from '@careloop/core';
import { Box, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import type { AnswerMap } from './answers-model.js';
import { SafetyAlerts, ScorePreview } from './score-preview.js';
import type { LiveScore } from './use-live-score.js';

/** The steps of giving an instrument; the footer moves between them. */
export type Step = 'fill' | 'handback' | 'review' | 'result';

interface Props {
  def: InstrumentDefinition;
  answers: AnswerMap;
  live: LiveScore;
  reviewing: boolean;
  error: unknown;
  signing: boolean;
  onSign: () => void;
  onStep: (step: Step) => void;
  onCancel: () => void;
}

/**
 * Pinned to the bottom of the screen while scrolling: the safety alerts and the score stay in view
 * whichever question is on screen (item 9 is last on the PHQ-9), with the next action.
 */
export function FormFooter({ def, answers, live, reviewing, error, signing, onSign, onStep, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Box
      pos="sticky"
      bottom={0}
      bg="var(--mantine-color-body)"
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-4)', zIndex: 2 }}
    >
      <Stack gap="sm">
        <SafetyAlerts def={def} answers={answers} live={live} reviewing={reviewing} />
        <ScorePreview live={live} />
        <ApiErrorAlert error={error} />
        <Group>
          {reviewing ? (
            <>
              <Button size="md" onClick={onSign} loading={signing}>
                {t('assessments.review.sign')}
              </Button>
              <Button size="md" variant="default" onClick={() => onStep('fill')}>
                {t('assessments.form.back')}
              </Button>
            </>
          ) : (
            <>
              <Button size="md" onClick={() => onStep('review')}>
                {t('assessments.form.review')}
              </Button>
              <Button size="md" variant="default" onClick={onCancel}>
                {t('assessments.form.cancel')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Box>
  );
}
