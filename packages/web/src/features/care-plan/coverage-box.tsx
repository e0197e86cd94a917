import { needsCoverage, type NeedsAssessmentView, type PlanContent } from '@careloop/core';
import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { domainLabel } from '../needs/needs-view.js';

/** Live check of the rule the server enforces at signing: every actionable need has a goal or a reason. */
export function CoverageBox({ content, needs }: { content: PlanContent; needs: NeedsAssessmentView | null }) {
  const { t } = useTranslation();
  if (!needs) {
    return (
      <Alert color="gray" title={t('carePlan.coverageTitle')}>
        {t('carePlan.noNeedsAssessment')}
      </Alert>
    );
  }
  const c = needsCoverage({
    actionableDomains: needs.actionable,
    goals: content.goals,
    deferred: content.deferredNeeds,
  });
  if (c.missing.length === 0) {
    return (
      <Alert color="green" title={t('carePlan.coverageTitle')}>
        {needs.actionable.length === 0 ? t('carePlan.noActionable') : t('carePlan.allCovered')}
      </Alert>
    );
  }
  return (
    <Alert color="yellow" title={t('carePlan.coverageTitle')}>
      <Text size="sm">{t('carePlan.stillMissing')}</Text>
      <List size="sm" aria-label={t('carePlan.missingList')}>
        {c.missing.map((d) => (
          <List.Item key={d}>{domainLabel(d)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
