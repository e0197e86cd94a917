import type { InstrumentDefinition, InstrumentItem } from '@careloop/core';
import { Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { encodeValue, itemNumber, type AnswerMap } from './answers-model.js';

interface Props {
  def: InstrumentDefinition;
  item: InstrumentItem;
  answers: AnswerMap;
  error?: string;
  onAnswer: (code: string, raw: string) => void;
}

/** One question with large (≥ 44 px) answer targets for use on a tablet. */
export function ItemQuestion({ def, item, answers, error, onAnswer }: Props) {
  const { t } = useTranslation();
  const n = itemNumber(def, item.code);
  const text = item.text ?? item.conceptLabel;
  const notes: string[] = [];
  // Without licensed wording the concept label is not the question: say so at the item.
  if (item.text === null) notes.push(`${t('assessments.form.notLoaded')}.`);
  if (item.askedWhen) notes.push(t('assessments.form.askedWhen', { n: itemNumber(def, item.askedWhen.itemCode) }));
  return (
    <Radio.Group
      label={t('assessments.form.itemLabel', { n, text })}
      description={notes.length > 0 ? notes.join(' ') : undefined}
      value={encodeValue(answers[item.code])}
      onChange={(raw) => onAnswer(item.code, raw)}
      error={error}
      styles={{ label: { fontSize: 'var(--mantine-font-size-lg)', fontWeight: 600, marginBottom: 8 } }}
      data-item={item.code}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, md: item.responseOptions.length }} mt="xs">
        {item.responseOptions.map((o) => (
          <Radio.Card key={String(o.value)} value={String(o.value)} p="md" radius="md" mih={56}>
            <Group wrap="nowrap" gap="sm">
              <Radio.Indicator size="md" />
              <Text size="md">{o.label}</Text>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
