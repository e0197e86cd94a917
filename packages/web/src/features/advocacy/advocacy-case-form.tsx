import { AdvocacyKinds, type AdvocacyCaseView, type AdvocacyKind } from '@careloop/core';
import { ActionIcon, Button, Fieldset, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { filledRows } from './advocacy-model.js';
import { useCreateAdvocacyCase } from './advocacy-queries.js';

interface Props {
  clientId: string;
  opened: boolean;
  onClose: () => void;
  onCreated: (c: AdvocacyCaseView) => void;
}

/** A new advocacy case: what kind, against whom, what happened, and its deadlines. */
export function AdvocacyCaseFormModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('advocacy.new')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <AdvocacyCaseForm {...props} />
    </Modal>
  );
}

function AdvocacyCaseForm({ clientId, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [summary, setSummary] = useState('');
  const [deadlines, setDeadlines] = useState([{ what: '', dueDate: '' }]);
  const create = useCreateAdvocacyCase(clientId);
  const fields = fieldsOf(create.error);
  const setRow = (i: number, patch: Partial<{ what: string; dueDate: string }>) =>
    setDeadlines(deadlines.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        kind: (kind ?? '') as AdvocacyKind,
        otherParty: { name, contact: contact.trim() ? contact : null },
        summary,
        deadlines: filledRows(deadlines),
        documents: [],
      },
      {
        onSuccess: (c) => {
          notify(t('advocacy.created'));
          onCreated(c);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ApiErrorAlert error={create.error} />
        <Select
          label={t('advocacy.kind')}
          data={AdvocacyKinds.map((k) => ({ value: k, label: t(`advocacy.kinds.${k}`) }))}
          value={kind}
          onChange={setKind}
          error={fields.kind}
          required
          allowDeselect={false}
        />
        <TextInput
          label={t('advocacy.otherParty')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fields['otherParty.name']}
          required
        />
        <TextInput
          label={t('advocacy.otherPartyContact')}
          description={t('advocacy.otherPartyContactHint')}
          value={contact}
          onChange={(e) => setContact(e.currentTarget.value)}
        />
        <Textarea
          label={t('advocacy.summary')}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          error={fields.summary}
          required
          autosize
          minRows={3}
        />
        <Fieldset legend={t('advocacy.deadlines')} variant="unstyled">
          <Text size="xs" c="gray.7" mb="xs">
            {t('advocacy.deadlineHint')}
          </Text>
          <Stack gap="xs">
            {deadlines.map((d, i) => (
              <Group key={i} align="flex-end" wrap="nowrap">
                <TextInput
                  label={t('advocacy.deadlineWhat')}
                  value={d.what}
                  onChange={(e) => setRow(i, { what: e.currentTarget.value })}
                  error={fields[`deadlines.${i}.what`]}
                  style={{ flex: 1 }}
                />
                <TextInput
                  type="date"
                  label={t('advocacy.deadlineDate')}
                  value={d.dueDate}
                  onChange={(e) => setRow(i, { dueDate: e.currentTarget.value })}
                  error={fields[`deadlines.${i}.dueDate`]}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray.7"
                  mb={4}
                  aria-label={t('advocacy.removeDeadline', { what: d.what })}
                  onClick={() => setDeadlines(deadlines.filter((_, j) => j !== i))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="subtle"
                size="xs"
                onClick={() => setDeadlines([...deadlines, { what: '', dueDate: '' }])}
              >
                {t('advocacy.addDeadline')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('advocacy.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
