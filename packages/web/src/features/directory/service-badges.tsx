import type { CapacityStatus } from '@careloop/core';
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const CAPACITY_COLOR: Record<CapacityStatus, string> = {
  open: 'green',
  limited: 'yellow',
  waitlist: 'orange',
  full: 'red',
  closed: 'gray',
};

export function CapacityBadge({ status }: { status: CapacityStatus }) {
  const { t } = useTranslation();
  // Dark text on light fill keeps contrast for every colour (axe).
  return (
    <Badge color={CAPACITY_COLOR[status]} variant="light" c="dark.8">
      {t(`directory.capacity.${status}`)}
    </Badge>
  );
}

export function StaleBadge() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('directory.staleHint')}>
      <Badge color="red" variant="outline" c="red.9">
        {t('directory.stale')}
      </Badge>
    </Tooltip>
  );
}
