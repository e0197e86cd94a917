import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { reviewDaysLate } from './review-model.js';

/** When the effective plan must next be reviewed, and whether that is late (in words as well as colour). */
export function ReviewDue({ reviewDueAt, timeZone }: { reviewDueAt: string | null; timeZone: string }) {
  const { t } = useTranslation();
  const late = reviewDaysLate(reviewDueAt, new Date());
  return (
    <Group gap="sm">
      <Text fw={600}>{t('planReview.due', { date: formatDateTime(reviewDueAt, timeZone) })}</Text>
      {late > 0 ? (
        <Text c="red.9" fw={700}>
          {t('planReview.overdue', { count: late })}
        </Text>
      ) : (
        <Text>{t('planReview.onTime')}</Text>
      )}
    </Group>
  );
}
