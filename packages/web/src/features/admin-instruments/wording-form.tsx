import { endpoints, type InstrumentDefinition } from '@careloop/core';
import { Button, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { instrumentKey } from '../assessments/assessment-queries.js';

/** One textarea per item slot plus the licence note; the server requires every item. */
export function WordingForm({ def }: { def: InstrumentDefinition }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // Reloading starts from what is loaded now, so fixing one item does not mean retyping all.
  const [wording, setWording] = useState<Record<string, string>>(() =>
    Object.fromEntries(def.items.map((i) => [i.code, i.text ?? ''])),
  );
  const [licenceNote, setLicenceNote] = useState('');
  const save = useMutation({
    mutationFn: () =>
      call(endpoints.assessments.loadWording, { params: { id: def.id }, body: { wording, licenceNote } }),
    onSuccess: async () => {
      notify(t('instrumentsAdmin.saved'));
      await queryClient.invalidateQueries({ queryKey: instrumentKey(def.id) });
    },
  });
  const fields = fieldsOf(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={submit} aria-labelledby="wording-form-title">
        <Stack>
          <Title order={3} id="wording-form-title">
            {t('instrumentsAdmin.formTitle')}
          </Title>
          {def.items.map((i) => (
            <Textarea
              key={i.code}
              label={t('instrumentsAdmin.wordingFor', { code: i.code, concept: i.conceptLabel })}
              value={wording[i.code] ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setWording((w) => ({ ...w, [i.code]: value }));
              }}
              required
              autosize
              minRows={2}
              maxLength={1000}
              error={fields[`wording.${i.code}`]}
            />
          ))}
          <Textarea
            label={t('instrumentsAdmin.licenceNote')}
            description={t('instrumentsAdmin.licenceNoteHint')}
            value={licenceNote}
            onChange={(e) => setLicenceNote(e.currentTarget.value)}
            required
            autosize
            minRows={2}
            error={fields.licenceNote}
          />
          {save.error !== null && Object.keys(fields).length === 0 && <ApiErrorAlert error={save.error} />}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('instrumentsAdmin.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
