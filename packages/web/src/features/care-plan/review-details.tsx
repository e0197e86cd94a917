import type { CarePlanView, PlanReviewView } from '@careloop/core';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { signedRating } from './review-model.js';

/** One review in full: each goal's progress and rating, the client's comments, the changes needed. */
export function ReviewDetails({ review, plan }: { review: PlanReviewView; plan: CarePlanView | undefined }) {
  const { t } = useTranslation();
  const goals = plan?.content.goals ?? [];
  return (
    <Stack gap="sm">
      {review.goals.map((g) => {
        const index = goals.findIndex((p) => p.id === g.goalId);
        const goal = goals[index];
        return (
          <Stack key={g.goalId} gap={2}>
            <Text size="sm" fw={700}>
              {goal ? `${t('planReview.goalN', { n: index + 1 })}: ${goal.clientWords}` : t('planReview.removedGoal')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {t('planReview.progress')}: {g.progress}
            </Text>
            <Text size="sm">
              {g.attainment === null
                ? t('planReview.noRating')
                : t('planReview.ratingIs', { rating: signedRating(g.attainment) })}
            </Text>
          </Stack>
        );
      })}
      <Text size="sm">
        <Text span fw={700}>
          {t('planReview.comments')}:{' '}
        </Text>
        {review.clientComments ?? t('app.none')}
      </Text>
      <Text size="sm">
        <Text span fw={700}>
          {t('planReview.changes')}:{' '}
        </Text>
        {review.changesNeeded ?? t('app.none')}
      </Text>
    </Stack>
  );
}
