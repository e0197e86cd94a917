import { endpoints, type ClientView } from '@careloop/core';
import { Alert, Button, Center, Group, List, Loader, Title } from '@mantine/core';
import { notify } from '../../components/notify.js';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { ClientForm } from './client-form.js';
import {
  bodyFromValues,
  changedFields,
  formErrors,
  valuesFromClient,
  type ClientFormValues,
} from './client-form-model.js';
import { isMerged, useClient } from './use-client.js';

interface Conflict {
  current: ClientView;
  fields: (keyof ClientFormValues)[];
}

export function ClientEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const client = useClient(id);
  const [base, setBase] = useState<ClientView | null>(null);
  const [values, setValues] = useState<ClientFormValues | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  // The form starts from the first record loaded, then stays with the user's input (set during
  // render, React's pattern for state derived once from props, rather than an effect's extra pass).
  if (client.data && !isMerged(client.data) && !base) {
    setBase(client.data);
    setValues(valuesFromClient(client.data));
  }

  const save = useMutation({
    mutationFn: () =>
      call(
        endpoints.clients.update,
        { params: { id: id ?? '' }, body: bodyFromValues(values!, base!) },
        { headers: { 'if-match': `"${base!.version}"` } },
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(['client', id], saved);
      notify(t('client.saved'));
      void navigate(`/clients/${id}`);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'version_conflict') {
        const current = err.details.current as ClientView;
        // Keep the user's input; show what the other person changed; the next save goes over it.
        setConflict({ current, fields: changedFields(valuesFromClient(base!), valuesFromClient(current)) });
        setBase(current);
      }
    },
  });

  if (client.isLoading || (!values && !client.error)) {
    return (
      <Center>
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (client.error || !values) return <ApiErrorAlert error={client.error} />;
  const error = save.error instanceof ApiError && save.error.code !== 'version_conflict' ? save.error : null;
  const theirs = conflict ? valuesFromClient(conflict.current) : null;

  return (
    <form
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Title order={1} mb="md">
        {t('client.editTitle')}
      </Title>
      {conflict && theirs && (
        <Alert color="orange" role="alert" mb="md" title={t('client.conflict')}>
          <List size="sm">
            {conflict.fields.map((f) => (
              <List.Item key={f}>{t('client.conflictField', { field: f, theirs: String(theirs[f] ?? '') })}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert" mb="md">
          {error.message}
        </Alert>
      )}
      <ClientForm values={values} onChange={setValues} errors={error ? formErrors(error.fields) : {}} editing />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => void navigate(`/clients/${id}`)}>
          {t('app.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('client.saveChanges')}
        </Button>
      </Group>
    </form>
  );
}
