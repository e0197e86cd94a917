import { CLIENT_CARE_ROLES } from '@careloop/core';
import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useEpisodePlans } from './care-plan-queries.js';
import { ReviewDue } from './review-due.js';
import { ReviewForm } from './review-form.js';
import { ReviewHistory } from './review-history.js';
import { useEpisodeReviews } from './review-queries.js';

/** Reviews of the episode's care plan: when the next is due, the review form, and past reviews. */
export function PlanReviewSection({ episodeId }: { episodeId: string }) {
  const { t } = useTranslation();
  const { me, hasRole } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const titleId = useId();
  const plans = useEpisodePlans(episodeId);
  const reviews = useEpisodeReviews(episodeId);
  const [reviewing, setReviewing] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const historyRef = useRef<HTMLHeadingElement>(null);
  const effective = plans.data?.items.find((p) => p.status === 'effective');
  // Staff who work with clients; the server checks chart access regardless.
  const canReview = hasRole(...CLIENT_CARE_ROLES);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Title order={3} id={titleId}>
          {t('planReview.title')}
        </Title>
        <ApiErrorAlert error={plans.error ?? reviews.error} />
        {(plans.isLoading || reviews.isLoading) && (
          <Center>
            <Loader aria-label={t('app.loading')} />
          </Center>
        )}
        {plans.data && !effective && <Text>{t('planReview.noEffective')}</Text>}
        {effective && <ReviewDue reviewDueAt={effective.reviewDueAt} timeZone={timeZone} />}
        {effective && canReview && !reviewing && (
          <Group>
            <Button ref={startRef} onClick={() => setReviewing(true)}>
              {t('planReview.start')}
            </Button>
          </Group>
        )}
        {effective && reviewing && (
          <ReviewForm
            key={effective.id}
            plan={effective}
            onCancel={() => {
              setReviewing(false);
              // The button is back on the next render; return focus to it.
              requestAnimationFrame(() => startRef.current?.focus());
            }}
            onSaved={() => {
              setReviewing(false);
              // Move focus to the history, where the new review now shows first.
              requestAnimationFrame(() => historyRef.current?.focus());
            }}
          />
        )}
        {reviews.data && (
          <Stack gap="xs">
            <Title order={4} ref={historyRef} tabIndex={-1}>
              {t('planReview.historyTitle')}
            </Title>
            <ReviewHistory reviews={reviews.data.items} plans={plans.data?.items ?? []} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
