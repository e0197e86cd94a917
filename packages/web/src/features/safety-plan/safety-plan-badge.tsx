import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAlerts } from '../risk/risk-queries.js';
import { useSafetyPlans } from './safety-plan-queries.js';

/** The chart's link to the plan, for the banner. */
export const safetyPlanTab = (clientId: string) => `/clients/${clientId}?tab=safety-plan`;

/**
 * The banner's safety-plan marker: a link to the signed plan; or, while a suicide-risk flag is
 * open and no plan is signed, an unmissable "No safety plan".
 */
export function SafetyPlanBadge({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const plans = useSafetyPlans(clientId);
  const alerts = useAlerts(clientId);
  if (!plans.data) return null;
  const { current } = plans.data;
  const atRisk = (alerts.data?.flags ?? []).some((f) => f.status === 'open' && f.kind === 'suicide_risk');
  const signed = current?.status === 'signed';
  if (!signed && !current && !atRisk) return null;
  const label = signed
    ? t('safetyPlan.banner.signed')
    : current
      ? t('safetyPlan.banner.draft')
      : t('safetyPlan.banner.none');
  return (
    <Badge
      component={Link}
      to={safetyPlanTab(clientId)}
      size="lg"
      variant="filled"
      color={signed ? 'teal.9' : atRisk ? 'red.9' : 'gray.7'}
      style={{ cursor: 'pointer' }}
    >
      {label}
    </Badge>
  );
}
