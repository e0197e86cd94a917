import { DocumentDirections, type AdvocacyCaseView, type UpdateAdvocacyCaseBody } from '@careloop/core';
import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format-date.js';
import { addDocument } from './advocacy-model.js';

interface Props {
  c: AdvocacyCaseView;
  today: string;
  save: (body: UpdateAdvocacyCaseBody) => void;
  saving: boolean;
  fields: Record<string, string>;
}

/** Letters and forms received or sent: a reference to where each is kept (no upload). */
export function AdvocacyDocuments({ c, today, save, saving, fields }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [direction, setDirection] = useState<'received' | 'sent'>('received');
  const [date, setDate] = useState(today);
  const [keptAt, setKeptAt] = useState('');
  const index = c.documents.length;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save(addDocument(c, { title, direction, date, keptAt }));
    setTitle('');
    setKeptAt('');
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="advocacy-documents">
      <Title order={3} size="h4" id="advocacy-documents">
        {t('advocacy.documents')}
      </Title>
      <Text size="xs" c="gray.7">
        {t('advocacy.documentsHint')}
      </Text>
      {c.documents.length === 0 ? (
        <Text size="sm">{t('advocacy.noDocuments')}</Text>
      ) : (
        <Table aria-labelledby="advocacy-documents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('advocacy.documentTitle')}</Table.Th>
              <Table.Th>{t('advocacy.direction')}</Table.Th>
              <Table.Th>{t('advocacy.documentDate')}</Table.Th>
              <Table.Th>{t('advocacy.keptAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.documents.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.title}</Table.Td>
                <Table.Td>{t(`advocacy.directions.${d.direction}`)}</Table.Td>
                <Table.Td>{formatDate(d.date)}</Table.Td>
                <Table.Td>{d.keptAt ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {c.status === 'open' && (
        <form onSubmit={submit} noValidate>
          <Group align="flex-end">
            <TextInput
              label={t('advocacy.documentTitle')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={fields[`documents.${index}.title`]}
            />
            <Select
              label={t('advocacy.direction')}
              data={DocumentDirections.map((d) => ({ value: d, label: t(`advocacy.directions.${d}`) }))}
              value={direction}
              onChange={(v) => v && setDirection(v === 'sent' ? 'sent' : 'received')}
              allowDeselect={false}
              w={140}
            />
            <TextInput
              type="date"
              label={t('advocacy.documentDate')}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={fields[`documents.${index}.date`]}
            />
            <TextInput label={t('advocacy.keptAt')} value={keptAt} onChange={(e) => setKeptAt(e.currentTarget.value)} />
            <Button type="submit" variant="default" loading={saving}>
              {t('advocacy.addDocument')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
