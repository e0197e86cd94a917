import type { PlanGoal } from '@careloop/core';
import { Blockquote, Button, Fieldset, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  GAS_RATINGS,
  LEVEL_KEY,
  parseRating,
  signedRating,
  type GasRating,
  type GoalReviewDraft,
} from './review-model.js';

/** One goal in the review: the client's words, progress, and a -2..+2 rating when the goal has a scale. */
export function GoalReviewField({
  goal,
  n,
  value,
  errors,
  onChange,
}: {
  goal: PlanGoal;
  n: number;
  value: GoalReviewDraft;
  errors: { progress?: string; attainment?: string };
  onChange: (next: GoalReviewDraft) => void;
}) {
  const { t } = useTranslation();
  const gas = goal.gas;
  // The plan's own description of each level; only 0 is required, so others fall back to the generic wording.
  const levelText = (r: GasRating) => gas?.levels[LEVEL_KEY[r]].trim() || t(`planReview.levelFallback.${r}`);
  return (
    <Fieldset legend={t('planReview.goalN', { n })} id={`review-goal-${goal.id}`}>
      <Stack gap="sm">
        <Blockquote p="xs" color="blue" aria-label={t('planReview.clientWords')}>
          {goal.clientWords}
        </Blockquote>
        <Textarea
          label={t('planReview.progress')}
          description={t('planReview.progressHint')}
          withAsterisk
          autosize
          minRows={2}
          value={value.progress}
          error={errors.progress}
          onChange={(e) => onChange({ ...value, progress: e.currentTarget.value })}
        />
        {gas ? (
          <Stack gap={0} align="flex-start">
            <Radio.Group
              w="100%"
              label={t('planReview.rating')}
              description={t('planReview.ratingHint')}
              value={value.attainment === null ? null : String(value.attainment)}
              onChange={(v) => onChange({ ...value, attainment: parseRating(v) })}
              error={errors.attainment}
            >
              <Stack gap="xs" mt={4}>
                {GAS_RATINGS.map((r) => (
                  <Radio.Card key={r} value={String(r)} p="sm" radius="sm" withBorder mih={48}>
                    <Group gap="sm" wrap="nowrap">
                      <Radio.Indicator />
                      <Text size="sm">
                        {t('planReview.ratingOption', { rating: signedRating(r), text: levelText(r) })}
                      </Text>
                    </Group>
                  </Radio.Card>
                ))}
              </Stack>
            </Radio.Group>
            {value.attainment !== null && (
              <Button variant="subtle" mt="xs" onClick={() => onChange({ ...value, attainment: null })}>
                {t('planReview.clearRating', { n })}
              </Button>
            )}
          </Stack>
        ) : (
          <Text size="sm" c="gray.7">
            {t('planReview.noScale')}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
