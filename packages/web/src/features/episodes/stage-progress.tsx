import { EPISODE_STAGE_LIST, type EpisodeStage } from '@careloop/core';
import { Badge, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Where the episode is on the path; the current stage is marked in text, not only colour. */
export function StageProgress({ stage }: { stage: EpisodeStage }) {
  const { t } = useTranslation();
  const at = EPISODE_STAGE_LIST.indexOf(stage);
  return (
    <Group gap={6} component="ol" aria-label={t('episodes.stagesLabel')} style={{ listStyle: 'none', padding: 0 }}>
      {EPISODE_STAGE_LIST.map((s, i) => (
        <li key={s} aria-current={i === at ? 'step' : undefined}>
          <Badge
            size="md"
            variant={i <= at ? 'filled' : 'outline'}
            color={i === at ? 'brand' : i < at ? 'gray.7' : 'gray.8'}
            tt="none"
          >
            {t(`care.stages.${s}`)}
            {i === at && <VisuallyHidden> ({t('episodes.current')})</VisuallyHidden>}
            {i < at && <VisuallyHidden> ({t('episodes.done')})</VisuallyHidden>}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
