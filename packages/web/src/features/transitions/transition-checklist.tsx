import { HandoffChecklistItems, type TransitionPanelView } from '@careloop/core';
import { Badge, Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { formatDateTime } from '../../lib/format-date.js';
import { useCheckItem } from './transition-queries.js';

type Plan = NonNullable<TransitionPanelView['plan']>;

/** The hand-off checklist: each item checked with who and when; editable while in transition. */
export function TransitionChecklist(props: {
  panel: TransitionPanelView;
  plan: Plan;
  clientId: string;
  timeZone: string;
}) {
  const { panel, plan, clientId, timeZone } = props;
  const { t } = useTranslation();
  const check = useCheckItem(clientId, panel.sendingEpisodeId);
  const [note, setNote] = useState('');
  const editable = panel.sendingStage === 'transition';
  const headingId = `transition-checklist-${panel.sendingEpisodeId}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Group gap="sm">
        <Title order={4} id={headingId}>
          {t('transitions.checklist')}
        </Title>
        <Badge color={plan.complete ? 'teal.9' : 'red.9'} tt="none">
          {plan.complete
            ? t('transitions.checklistComplete')
            : t('transitions.checklistMissing', { count: plan.missingItems.length })}
        </Badge>
      </Group>
      <List spacing={6} listStyleType="none" aria-labelledby={headingId}>
        {HandoffChecklistItems.map((item) => {
          const done = plan.checklist.find((c) => c.item === item);
          return (
            <List.Item key={item}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Text size="sm" fw={600} aria-hidden>
                  {done ? '✓' : '○'}
                </Text>
                <Stack gap={0} style={{ flex: 1 }}>
                  <Text size="sm">{t(`transitions.items.${item}`)}</Text>
                  {done && (
                    <Text size="xs" c="gray.7">
                      {t('transitions.checkedBy', {
                        name: done.checkedByName ?? '—',
                        date: formatDateTime(done.checkedAt, timeZone),
                      })}
                      {done.note ? ` — ${done.note}` : ''}
                    </Text>
                  )}
                </Stack>
                {editable && !done && (
                  <Button
                    size="xs"
                    variant="light"
                    loading={check.isPending && check.variables.item === item}
                    aria-label={t('transitions.markDoneLabel', { item: t(`transitions.items.${item}`) })}
                    onClick={() =>
                      check.mutate(
                        { item, note: note.trim() === '' ? null : note, version: plan.version },
                        { onSuccess: () => setNote('') },
                      )
                    }
                  >
                    {t('transitions.markDone')}
                  </Button>
                )}
              </Group>
            </List.Item>
          );
        })}
      </List>
      {editable && !plan.complete && (
        <TextInput
          label={t('transitions.itemNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maw={480}
        />
      )}
      <ApiErrorAlert error={check.error} />
    </Stack>
  );
}
