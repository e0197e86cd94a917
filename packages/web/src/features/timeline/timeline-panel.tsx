import { TimelineKinds, type TimelineKind } from '@careloop/core';
import { Button, Center, Chip, Fieldset, Group, Loader, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { useTimeline } from './timeline-queries.js';
import { TimelineItem } from './timeline-item.js';

/** The chart's "Timeline" tab: everything that happened with the client, newest first, filterable. */
export function TimelinePanel({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const timeZone = me?.organization.timeZone ?? 'UTC';
  const [kinds, setKinds] = useState<TimelineKind[]>([...TimelineKinds]);
  const timeline = useTimeline(clientId, kinds);
  const entries = kinds.length > 0 ? (timeline.data?.pages.flatMap((p) => p.items) ?? []) : [];
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('timeline.title')}
      </Title>
      <Fieldset legend={t('timeline.filter')} variant="unstyled">
        <Chip.Group multiple value={kinds} onChange={(v) => setKinds(v)}>
          <Group gap="xs">
            {TimelineKinds.map((k) => (
              <Chip key={k} value={k} size="sm" variant="outline">
                {t(`timeline.kinds.${k}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Fieldset>
      <ApiErrorAlert error={timeline.error} />
      {kinds.length === 0 && <Text>{t('timeline.pickKinds')}</Text>}
      {timeline.isLoading && (
        <Center>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {kinds.length > 0 && timeline.data && entries.length === 0 && <Text>{t('timeline.empty')}</Text>}
      {entries.length > 0 && (
        <Paper withBorder p="md">
          <Timeline bulletSize={14} lineWidth={2} aria-label={t('timeline.listLabel')} component="ol">
            {entries.map((e) => (
              <Timeline.Item key={e.id} component="li">
                <TimelineItem entry={e} timeZone={timeZone} />
              </Timeline.Item>
            ))}
          </Timeline>
        </Paper>
      )}
      {kinds.length > 0 && timeline.hasNextPage && (
        <Group>
          <Button variant="default" onClick={() => void timeline.fetchNextPage()} loading={timeline.isFetchingNextPage}>
            {t('timeline.older')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
