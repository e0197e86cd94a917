import type { AdministrationMode, InstrumentDefinition } from '@careloop/core';
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isAsked, itemNumber, type AnswerMap } from './answers-model.js';

interface Props {
  def: InstrumentDefinition;
  answers: AnswerMap;
  errors: Record<string, string>;
  mode: AdministrationMode;
  episodeProgram: string | null;
}

/** What will be signed: every item with its answer in words. */
export function ReviewStep({ def, answers, errors, mode, episodeProgram }: Props) {
  const { t } = useTranslation();
  const answerText = (code: string) => {
    const item = def.items.find((i) => i.code === code);
    if (!item) return '';
    if (!isAsked(item, answers)) return t('assessments.review.notAsked');
    const value = answers[code];
    if (value === null || value === undefined) return t('assessments.review.unanswered');
    return item.responseOptions.find((o) => o.value === value)?.label ?? String(value);
  };
  return (
    <Stack>
      <Text>{t('assessments.review.intro')}</Text>
      <Table.ScrollContainer
        minWidth={480}
        // Keyboard users can scroll a table wider than the screen.
        scrollAreaProps={{
          viewportProps: { tabIndex: 0, role: 'region', 'aria-label': t('assessments.review.answers') },
        }}
      >
        <Table aria-label={t('assessments.review.answers')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('assessments.review.item')}</Table.Th>
              <Table.Th scope="col">{t('assessments.review.answer')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {def.items.map((item) => (
              <Table.Tr key={item.code}>
                <Table.Td>
                  {t('assessments.form.itemLabel', {
                    n: itemNumber(def, item.code),
                    text: item.text ?? item.conceptLabel,
                  })}
                </Table.Td>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {answerText(item.code)}
                  </Text>
                  {errors[item.code] && (
                    <Text size="sm" c="red.9">
                      {errors[item.code]}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm">{t('assessments.review.mode', { mode: t(`assessments.modes.${mode}`) })}</Text>
      <Text size="sm">
        {episodeProgram
          ? t('assessments.review.episode', { program: episodeProgram })
          : t('assessments.review.noEpisode')}
      </Text>
    </Stack>
  );
}
