import type { IntakeView, Urgency } from '@careloop/core';
import { Alert, Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { relativeDue } from '../../lib/relative-time.js';

// Shades chosen for text contrast (AA): white on red 9, dark text on yellow 4 (autoContrast).
const URGENCY_COLOR: Record<Urgency, string> = { emergent: 'red.9', urgent: 'yellow.4', routine: 'gray.7' };

/** Urgency as a badge whose text carries the meaning (the colour only repeats it). */
export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  return (
    <Badge color={URGENCY_COLOR[urgency]} variant={urgency === 'routine' ? 'outline' : 'filled'} autoContrast>
      {t(`care.urgency.${urgency}`)}
    </Badge>
  );
}

/** "Overdue by 2 days" (bold, red, with the word) or "Due in 5 hours". */
export function DueText({ intake, now }: { intake: IntakeView; now: number }) {
  const { t } = useTranslation();
  if (intake.status === 'closed' || intake.firstContactAt) return null;
  const rel = relativeDue(intake.dueAt, now);
  const amount = t(`intake.${rel.unit}`, { count: rel.count });
  if (intake.overdue || rel.kind === 'overdue') {
    return (
      <Text size="sm" fw={700} c="red.9" component="span">
        {rel.kind === 'now' ? t('intake.dueNow') : t('intake.overdueBy', { amount })}
      </Text>
    );
  }
  return (
    <Text size="sm" c="gray.7" component="span">
      {rel.kind === 'now' ? t('intake.dueNow') : t('intake.dueIn', { amount })}
    </Text>
  );
}

/** A version conflict (the page now shows the current record) or any error not tied to a field. */
export function ChangeError({
  error,
  conflict,
  fields,
}: {
  error: unknown;
  conflict: boolean;
  fields: Record<string, string>;
}) {
  const { t } = useTranslation();
  if (conflict) {
    return (
      <Alert color="orange" role="alert" mb="sm">
        {t('intake.conflict')}
      </Alert>
    );
  }
  if (!error || (error instanceof ApiError && Object.keys(fields).length > 0)) return null;
  return <ApiErrorAlert error={error} />;
}
