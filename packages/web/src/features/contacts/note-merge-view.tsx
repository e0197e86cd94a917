import type { NoteSectionKey, NoteSections, NoteView } from '@careloop/core';
import { Alert, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { differingSections, mergeSections, type Side } from './note-model.js';

function SideText({ label, text }: { label: string; text: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs">
      <Text size="xs" fw={700}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text || t('notes.empty')}
      </Text>
    </Paper>
  );
}

/** Someone saved this draft while you typed: their text beside yours, per section, then save. */
export function NoteMergeView({
  theirs,
  yours,
  onResolve,
}: {
  theirs: NoteView;
  yours: NoteSections;
  onResolve: (merged: NoteSections) => void;
}) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Partial<Record<NoteSectionKey, Side>>>({});
  const differing = differingSections(theirs.format, theirs.sections, yours);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="note-merge-title">
      <Stack gap="md">
        <Title order={4} id="note-merge-title">
          {t('notes.merge.title')}
        </Title>
        <Alert color="orange" role="alert">
          {t('notes.merge.intro')}
        </Alert>
        {differing.map((k) => (
          <Stack key={k} gap="xs">
            <Title order={5}>{t(`notes.sections.${k}`)}</Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <SideText label={t('notes.merge.theirs')} text={theirs.sections[k]} />
              <SideText label={t('notes.merge.yours')} text={yours[k]} />
            </SimpleGrid>
            <SegmentedControl
              aria-label={t(`notes.sections.${k}`)}
              value={choices[k] ?? 'yours'}
              onChange={(v) => setChoices({ ...choices, [k]: v === 'theirs' ? 'theirs' : 'yours' })}
              data={[
                { value: 'yours', label: t('notes.merge.keepMine') },
                { value: 'theirs', label: t('notes.merge.takeTheirs') },
              ]}
            />
          </Stack>
        ))}
        <Group>
          <Button
            onClick={() =>
              onResolve(
                mergeSections(theirs.format, theirs.sections, yours, {
                  ...Object.fromEntries(differing.map((k) => [k, 'yours'])),
                  ...choices,
                }),
              )
            }
          >
            {t('notes.merge.apply')}
          </Button>
          <Button variant="default" onClick={() => onResolve(theirs.sections)}>
            {t('notes.merge.takeAllTheirs')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
