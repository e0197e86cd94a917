import { endpoints, PROGRAM_MODEL_LIST, type ProgramModel } from '@careloop/core';
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, type CallBody } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';

/** A new program: name and level; the server fills the settings from the level's defaults. */
export function NewProgramForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [model, setModel] = useState<ProgramModel | null>(null);
  const create = useMutation({
    // An empty level is sent as is so the server names the missing field.
    mutationFn: () =>
      call(endpoints.programs.create, { body: { name, model } as CallBody<typeof endpoints.programs.create> }),
    onSuccess: async (p) => {
      await queryClient.invalidateQueries({ queryKey: ['programs'] });
      notify(t('programsAdmin.created', { name: p.name }));
      onDone();
    },
  });
  const fields = fieldsOf(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {create.error && Object.keys(fields).length === 0 && <ApiErrorAlert error={create.error} />}
        <Text size="sm">{t('programsAdmin.createHint')}</Text>
        <TextInput
          label={t('programsAdmin.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          maxLength={120}
          error={fields.name}
        />
        <Select
          label={t('programsAdmin.model')}
          data={PROGRAM_MODEL_LIST.map((m) => ({ value: m, label: t(`care.models.${m}`) }))}
          value={model}
          onChange={(v) => setModel(v)}
          required
          allowDeselect={false}
          error={fields.model}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('programsAdmin.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
