import type { TimelineEntry } from '@careloop/core';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date.js';
import { entryBadges, entryHeadline } from './timeline-text.js';

/** One line of the timeline: what happened, who, when (and the span of merged rapid edits). */
export function TimelineItem({ entry, timeZone }: { entry: TimelineEntry; timeZone: string }) {
  const { t } = useTranslation();
  const when = formatDateTime(entry.occurredAt, timeZone);
  const who = entry.actorName ?? t('timeline.someone');
  const voided = entry.kind === 'contact' && entry.facts.voided;
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text size="sm" fw={600} style={voided ? { textDecoration: 'line-through' } : undefined}>
          {entryHeadline(entry, t)}
        </Text>
        {entryBadges(entry).map((key) => (
          <Badge key={key} size="sm" variant="outline" color={key.endsWith('voided') ? 'red.9' : 'gray.7'}>
            {t(key)}
          </Badge>
        ))}
      </Group>
      <Text size="xs" c="gray.7">
        {entry.count > 1
          ? t('timeline.merged', {
              who,
              count: entry.count,
              from: formatDateTime(entry.earliestAt, timeZone),
              to: when,
            })
          : t('timeline.byAt', { who, at: when })}
      </Text>
    </Stack>
  );
}
