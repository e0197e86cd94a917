import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEpisodePlans } from '../care-plan/care-plan-queries.js';
import { ChoiceChips } from './choice-chips.js';

const MAX_LABEL = 60;
const short = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

/** Goals of the episode's effective care plan that this contact worked on, in the client's words. */
export function LinkedGoalsField({
  episodeId,
  value,
  onChange,
}: {
  episodeId: string | null;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const plans = useEpisodePlans(episodeId ?? undefined);
  const effective = plans.data?.items.find((p) => p.status === 'effective');
  if (!episodeId || plans.isLoading) return null;
  if (!effective || effective.content.goals.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        {t('contacts.noPlanGoals')}
      </Text>
    );
  }
  return (
    <ChoiceChips
      multiple
      legend={t('contacts.goals')}
      size="sm"
      value={value}
      onChange={onChange}
      options={effective.content.goals.map((g, i) => ({
        value: g.id,
        label: t('contacts.goalChip', { n: i + 1, words: short(g.clientWords) }),
      }))}
    />
  );
}
