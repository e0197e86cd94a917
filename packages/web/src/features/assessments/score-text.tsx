import type { ScoreView } from '@careloop/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** Severity (PHQ-9, GAD-7) or risk level (C-SSRS) in words; null when there is none to show. */
export function levelText(t: TFunction, score: ScoreView): string | null {
  if (score.instrument === 'cssrs_screen') {
    return score.riskLevel ? t(`assessments.riskLevels.${score.riskLevel}`) : null;
  }
  // An incomplete form has no severity: never prorate or guess (CLINICAL.md §1.1).
  return score.complete && score.severity ? t(`assessments.severities.${score.severity}`) : null;
}

/** "Total 8 · Mild", "Incomplete…", or the C-SSRS risk level. */
export function scoreSummary(t: TFunction, score: ScoreView, long = false): string {
  if (score.instrument === 'cssrs_screen') {
    if (score.riskLevel)
      return t('assessments.form.previewRisk', { level: t(`assessments.riskLevels.${score.riskLevel}`) });
    return long ? t('assessments.form.previewRiskSoFar') : t('assessments.history.incomplete');
  }
  if (!score.complete || score.total === null) {
    return long ? t('assessments.form.previewIncomplete') : t('assessments.history.incomplete');
  }
  const level = levelText(t, score);
  const total = t('assessments.form.previewTotal', { total: score.total });
  return level ? `${total} · ${level}` : total;
}

export function ScoreText({ score, long = false }: { score: ScoreView; long?: boolean }) {
  const { t } = useTranslation();
  return <>{scoreSummary(t, score, long)}</>;
}
