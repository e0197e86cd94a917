import type { CarePlanView, PlanReviewView } from '@careloop/core';
import { Alert, Button, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { GasPreview } from './gas-preview.js';
import { GoalReviewField } from './goal-review-field.js';
import { useSubmitReview } from './review-queries.js';
import { emptyReview, goalErrors, previewTScore, toBody, type ReviewDraft } from './review-model.js';

/** Review of the effective plan with the client: progress per goal, GAS ratings, comments, changes. */
export function ReviewForm({
  plan,
  onCancel,
  onSaved,
}: {
  plan: CarePlanView;
  onCancel: () => void;
  onSaved: (review: PlanReviewView) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const goals = plan.content.goals;
  const [draft, setDraft] = useState<ReviewDraft>(() => emptyReview(goals));
  const submit = useSubmitReview(plan.episodeId, plan.id);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fields = fieldsOf(submit.error);
  const fieldCount = Object.keys(fields).length;
  const notEffective = submit.error instanceof ApiError && submit.error.status === 409;
  // After a refused save, move focus to the summary so keyboard and screen-reader users hear why.
  useEffect(() => {
    if (fieldCount > 0) summaryRef.current?.focus();
  }, [submit.error, fieldCount]);

  const score = previewTScore(goals, draft);
  const rated = goals.filter((g) => g.gas && (draft.goals[g.id]?.attainment ?? null) !== null).length;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit.mutate(toBody(goals, draft), {
      onSuccess: (review) => {
        notify(t('planReview.saved'));
        onSaved(review);
      },
    });
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby={titleId}>
      <Stack gap="md">
        <Title order={4} id={titleId}>
          {t('planReview.formTitle', { n: plan.versionNumber })}
        </Title>
        <Text size="sm">{t('planReview.formIntro')}</Text>
        {fieldCount > 0 && (
          <Alert color="red" role="alert" title={t('planReview.errorsTitle')} ref={summaryRef} tabIndex={-1}>
            <Text size="sm">{t('planReview.errorsCount', { count: fieldCount })}</Text>
            <List size="sm">
              {Object.entries(fields).map(([path, message]) => (
                <List.Item key={path}>{message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {notEffective && (
          <Alert color="orange" role="alert">
            {t('planReview.notEffective')}
          </Alert>
        )}
        {submit.error && fieldCount === 0 && !notEffective && <ApiErrorAlert error={submit.error} />}
        {goals.map((g, i) => (
          <GoalReviewField
            key={g.id}
            goal={g}
            n={i + 1}
            value={draft.goals[g.id] ?? { progress: '', attainment: null }}
            errors={goalErrors(fields, i)}
            onChange={(next) => setDraft((d) => ({ ...d, goals: { ...d.goals, [g.id]: next } }))}
          />
        ))}
        {goals.some((g) => g.gas) && <GasPreview score={score} rated={rated} />}
        <Textarea
          label={t('planReview.clientComments')}
          autosize
          minRows={2}
          value={draft.clientComments}
          error={fields.clientComments}
          onChange={(e) => {
            // Read the value now: the event's target is gone by the time the updater runs.
            const clientComments = e.currentTarget.value;
            setDraft((d) => ({ ...d, clientComments }));
          }}
        />
        <Textarea
          label={t('planReview.changesNeeded')}
          description={t('planReview.changesHint')}
          autosize
          minRows={2}
          value={draft.changesNeeded}
          error={fields.changesNeeded}
          onChange={(e) => {
            const changesNeeded = e.currentTarget.value;
            setDraft((d) => ({ ...d, changesNeeded }));
          }}
        />
        <Group>
          <Button type="submit" loading={submit.isPending}>
            {t('planReview.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('planReview.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
