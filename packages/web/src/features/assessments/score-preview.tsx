import type { InstrumentDefinition } from '@careloop/core';
import { Alert, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasSafetyFlag, onlyItem9Left, type AnswerMap } from './answers-model.js';
import { ScoreText } from './score-text.js';
import type { LiveScore } from './use-live-score.js';

/** The live total/severity (or "incomplete"), from the server. */
export function ScorePreview({ live }: { live: LiveScore }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="score-preview-title">
      <Title order={2} size="h5" id="score-preview-title">
        {t('assessments.form.preview')}
      </Title>
      <Text size="lg" fw={600} aria-live="polite">
        {live.score ? (
          <ScoreText score={live.score} long />
        ) : live.updating ? (
          t('assessments.form.previewUpdating')
        ) : (
          ''
        )}
      </Text>
    </Paper>
  );
}

/** Tinted background with dark text (AA contrast, see theme.ts) and a heavy border so it cannot be missed. */
export function loud(color: 'red' | 'orange') {
  return {
    styles: {
      root: { border: `3px solid var(--mantine-color-${color}-9)` },
      title: { fontSize: 'var(--mantine-font-size-lg)' },
    },
  };
}

interface AlertProps {
  def: InstrumentDefinition;
  answers: AnswerMap;
  live: LiveScore;
  /** At review every blank item 9 is called out; while filling only once it is the one left. */
  reviewing: boolean;
}

/**
 * The unmissable suicide-risk alerts, shown the moment the answers call for them (role="alert" so a
 * screen reader announces them too). Driven by the scoring flags, never by the total.
 */
export function SafetyAlerts({ def, answers, live, reviewing }: AlertProps) {
  const { t } = useTranslation();
  const flags = live.flags;
  if (def.id === 'cssrs_screen') {
    if (!hasSafetyFlag(flags)) return null;
    const high = flags.includes('safety_precautions');
    return (
      <Alert
        color="red"
        role="alert"
        {...loud('red')}
        title={high ? t('assessments.form.cssrsHighTitle') : t('assessments.form.cssrsAlertTitle')}
      >
        {t('assessments.form.cssrsAlertBody', {
          flags: flags.map((f) => t(`assessments.flags.${f}`)).join('; '),
        })}
      </Alert>
    );
  }
  if (flags.includes('suicide_risk_followup')) {
    return (
      <Alert color="red" role="alert" {...loud('red')} title={t('assessments.form.item9Title')}>
        {t('assessments.form.item9Body')}
      </Alert>
    );
  }
  if (flags.includes('ask_item9') && (reviewing || onlyItem9Left(def, answers))) {
    return (
      <Alert color="orange" role="alert" {...loud('orange')} title={t('assessments.form.askItem9Title')}>
        {t('assessments.form.askItem9Body')}
      </Alert>
    );
  }
  return null;
}
