import { endpoints, type DuplicateCandidate } from '@careloop/core';
import { Alert, Button, Group, Title } from '@mantine/core';
import { notify } from '../../components/notify.js';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { ClientForm } from './client-form.js';
import { bodyFromValues, emptyClientForm, formErrors } from './client-form-model.js';
import { DuplicateWarning } from './duplicate-warning.js';

export function ClientRegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState(emptyClientForm);
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>([]);
  const [confirmed, setConfirmed] = useState<string[]>([]);

  const mutation = useMutation({
    mutationFn: (confirmedNotDuplicateOf: string[]) =>
      call(endpoints.clients.create, {
        body: { ...bodyFromValues(values), ...(confirmedNotDuplicateOf.length ? { confirmedNotDuplicateOf } : {}) },
      }),
    onSuccess: (client) => {
      notify(t('client.registered', { mrn: client.mrn }));
      void navigate(`/clients/${client.id}`);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'possible_duplicate') {
        setCandidates((err.details.candidates as DuplicateCandidate[]) ?? []);
        setConfirmed([]);
      }
    },
  });
  const error = mutation.error instanceof ApiError ? mutation.error : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate([]);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Title order={1} mb="md">
        {t('client.registerTitle')}
      </Title>
      {error && error.code !== 'possible_duplicate' && (
        <Alert color="red" role="alert" mb="md">
          {error.message}
        </Alert>
      )}
      {candidates.length > 0 && (
        <DuplicateWarning
          entered={values}
          candidates={candidates}
          confirmed={confirmed}
          onConfirmedChange={setConfirmed}
          onRegisterAnyway={() => mutation.mutate(confirmed)}
          busy={mutation.isPending}
        />
      )}
      <ClientForm values={values} onChange={setValues} errors={error ? formErrors(error.fields) : {}} />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => void navigate('/clients')}>
          {t('app.cancel')}
        </Button>
        <Button type="submit" loading={mutation.isPending}>
          {t('client.submit')}
        </Button>
      </Group>
    </form>
  );
}
