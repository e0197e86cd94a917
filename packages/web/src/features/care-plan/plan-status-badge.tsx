import type { CarePlanView } from '@careloop/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The status in words; the colour only repeats it. */
export function PlanStatusBadge({ status }: { status: CarePlanView['status'] }) {
  const { t } = useTranslation();
  const color = { draft: 'yellow.4', pending_approval: 'blue.8', effective: 'teal.9', superseded: 'gray.7' }[status];
  return (
    <Badge color={color} autoContrast>
      {t(`carePlan.status.${status}`)}
    </Badge>
  );
}
