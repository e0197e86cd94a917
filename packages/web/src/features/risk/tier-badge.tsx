import type { RiskTier } from '@careloop/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TIER_COLOR } from './risk-labels.js';

/** The acuity tier as text ("Risk tier: High"); the colour only repeats it. */
export function TierBadge({ tier, withLabel = true }: { tier: RiskTier | null; withLabel?: boolean }) {
  const { t } = useTranslation();
  if (!tier) {
    return (
      <Badge color="gray.7" variant="outline" tt="none">
        {withLabel ? t('risk.tierNotAssessed') : t('risk.notAssessed')}
      </Badge>
    );
  }
  const name = t(`risk.tiers.${tier}`);
  return (
    <Badge color={TIER_COLOR[tier]} variant="filled" autoContrast tt="none">
      {withLabel ? t('risk.tierLabel', { tier: name }) : name}
    </Badge>
  );
}
