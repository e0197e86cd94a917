import type { CaseloadItem } from '@careloop/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Disengaged, and away in hospital or jail (contacts by in-reach): in words, not only colour. */
export function EngagementBadges({ item }: { item: Pick<CaseloadItem, 'disengaged' | 'inReach' | 'whereabouts'> }) {
  const { t } = useTranslation();
  return (
    <>
      {item.disengaged && (
        <Badge size="sm" color="grape.9" tt="none" title={t('engagement.disengagedHint')}>
          {t('engagement.disengaged')}
        </Badge>
      )}
      {item.inReach && item.whereabouts !== 'community' && (
        <Badge size="sm" color="indigo.9" tt="none">
          {t(`engagement.inReach.${item.whereabouts}`)}
        </Badge>
      )}
    </>
  );
}
