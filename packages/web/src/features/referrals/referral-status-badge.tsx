import type { ReferralStatus } from '@careloop/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOR: Record<ReferralStatus, string> = {
  draft: 'yellow.4',
  requested: 'blue.8',
  accepted: 'teal.9',
  'in-progress': 'teal.9',
  'on-hold': 'orange.9',
  completed: 'green.9',
  rejected: 'red.9',
  failed: 'red.9',
  cancelled: 'gray.7',
  'entered-in-error': 'gray.7',
};

/** The status in words; the colour only repeats it. */
export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} autoContrast>
      {t(`referrals.statuses.${status}`)}
    </Badge>
  );
}
