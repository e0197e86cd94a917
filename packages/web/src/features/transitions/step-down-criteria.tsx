import type { TransitionPanelView } from '@careloop/core';
import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Step-down criteria: the latest level-of-care recommendation ([04]) and its reasons. */
export function StepDownCriteria({ loc, sendingId }: { loc: TransitionPanelView['levelOfCare']; sendingId: string }) {
  const { t } = useTranslation();
  const headingId = `transition-step-down-${sendingId}`;
  const locus = loc.locus[0];
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={4} id={headingId}>
        {t('transitions.stepDown')}
      </Title>
      {loc.recommendation ? (
        <>
          <Text size="sm">{t('transitions.recommended', { model: t(`care.models.${loc.recommendation.model}`) })}</Text>
          <List size="sm" spacing={2}>
            {loc.recommendation.reasons.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        </>
      ) : (
        <Text size="sm">{t('transitions.noRecommendation')}</Text>
      )}
      {locus && (
        <Text size="sm">
          {t('transitions.latestLocus', { recommended: locus.recommendedLevel, actual: locus.actualLevel })}
        </Text>
      )}
    </Stack>
  );
}
