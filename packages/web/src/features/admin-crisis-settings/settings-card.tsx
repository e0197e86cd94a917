import { Alert, Button, Group, NumberInput, Paper, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { ApiError } from '../../lib/api.js';
import { fieldsOf } from '../../lib/field-errors.js';

type Values<F extends string> = Record<F, number | ''>;

export interface SettingsCardProps<F extends string, S extends { version: number } & Record<F, number>> {
  id: string;
  title: string;
  fields: readonly { name: F; label: string; description?: string }[];
  settings: S;
  /** The core schema: bounds come from it, the words are ours. */
  schema: z.ZodType<Record<F, number>>;
  save: (values: Record<F, number>, version: number) => Promise<S>;
  queryKey: QueryKey;
}

/** One agency setting group: whole numbers, saved with the row's version (409 → reload). */
export function SettingsCard<F extends string, S extends { version: number } & Record<F, number>>(
  props: SettingsCardProps<F, S>,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values<F>>(() => {
    const start = {} as Values<F>;
    for (const f of props.fields) start[f.name] = props.settings[f.name];
    return start;
  });
  const [showErrors, setShowErrors] = useState(false);
  const parsed = props.schema.safeParse(values);
  const local: Record<string, string> = parsed.success
    ? {}
    : Object.fromEntries(
        parsed.error.issues.map((i) => [
          String(i.path[0]),
          i.code === 'too_small'
            ? t('crisisSettings.atLeast', { n: i.minimum })
            : i.code === 'too_big'
              ? t('crisisSettings.atMost', { n: i.maximum })
              : t('crisisSettings.wholeNumber'),
        ]),
      );
  const save = useMutation({
    mutationFn: () => {
      if (!parsed.success) throw new Error('invalid');
      return props.save(parsed.data, props.settings.version);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(props.queryKey, saved);
      notify(t('crisisSettings.saved'));
    },
  });
  const conflict = save.error instanceof ApiError && save.error.code === 'version_conflict';
  const errors: Record<string, string> = { ...(showErrors ? local : {}), ...fieldsOf(save.error) };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setShowErrors(true);
    if (parsed.success) save.mutate();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={props.id}>
      <Title order={2} size="h4" id={props.id} mb="sm">
        {props.title}
      </Title>
      <form noValidate onSubmit={submit}>
        <Stack>
          {conflict && (
            <Alert color="orange" role="alert">
              {t('crisisSettings.conflict')}
            </Alert>
          )}
          {!conflict && !Object.keys(fieldsOf(save.error)).length && <ApiErrorAlert error={save.error} />}
          {props.fields.map((f) => (
            <NumberInput
              key={f.name}
              label={f.label}
              description={f.description}
              required
              allowDecimal={false}
              clampBehavior="none"
              value={values[f.name]}
              onChange={(v) => setValues((prev) => ({ ...prev, [f.name]: typeof v === 'number' ? v : '' }))}
              error={errors[f.name]}
            />
          ))}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('app.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
