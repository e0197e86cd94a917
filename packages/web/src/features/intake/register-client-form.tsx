import { endpoints, type CreateClientBody, type DuplicateCandidate, type IntakeView } from '@careloop/core';
import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { CandidateList } from './candidate-list.js';

interface Props {
  intake: IntakeView;
  /** Link the intake to this client (newly registered or picked from the duplicates). */
  onLink: (clientId: string) => void;
  linking: boolean;
  onCancel: () => void;
}

/** The client body from the intake as the user completed it; contact preferences and language carry over. */
function clientBody(
  intake: IntakeView,
  v: { firstName: string; lastName: string; dateOfBirth: string; phone: string; email: string },
): CreateClientBody {
  const phone = v.phone.trim();
  return {
    firstName: v.firstName,
    lastName: v.lastName,
    dateOfBirth: v.dateOfBirth,
    email: v.email.trim() || null,
    phones: phone ? [{ type: 'mobile', number: phone, primary: true }] : [],
    // The language the person asked for on the public form comes with them into the record.
    preferredLanguage: intake.preferredLanguage ?? 'en',
    interpreterNeeded: intake.preferredLanguage !== null && !intake.preferredLanguage.startsWith('en'),
    identifiers: [],
    communication: {
      okToText: intake.preferredContact === 'text',
      okToVoicemail: intake.okToLeaveMessage,
      okToMail: false,
    },
  };
}

/** Registers the person as a new client from the intake, stopping at likely duplicates. */
export function RegisterClientForm({ intake, onLink, linking, onCancel }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    firstName: intake.firstName,
    lastName: intake.lastName,
    dateOfBirth: intake.dateOfBirth ?? '',
    phone: intake.phone ?? '',
    email: intake.email ?? '',
  });
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>([]);
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const [dobMissing, setDobMissing] = useState(false);
  const register = useMutation({
    mutationFn: (confirmedNotDuplicateOf: string[]) =>
      call(endpoints.clients.create, {
        body: { ...clientBody(intake, values), ...(confirmedNotDuplicateOf.length ? { confirmedNotDuplicateOf } : {}) },
      }),
    onSuccess: (client) => onLink(client.id),
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'possible_duplicate') {
        setCandidates((err.details.candidates as DuplicateCandidate[] | undefined) ?? []);
        setConfirmed([]);
      }
    },
  });
  const error = register.error instanceof ApiError ? register.error : null;
  const fields: Record<string, string> = {
    ...(error?.fields ?? {}),
    ...(dobMissing ? { dateOfBirth: t('intake.dobRequired') } : {}),
  };
  const field = (key: keyof typeof values, label: string, extra: { required?: boolean; type?: string } = {}) => (
    <TextInput
      label={label}
      value={values[key]}
      onChange={(e) => setValues({ ...values, [key]: e.currentTarget.value })}
      error={key === 'phone' ? (fields['phones.0.number'] ?? fields.phones) : fields[key]}
      autoComplete="off"
      {...extra}
    />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCandidates([]);
    // The client registry needs a date of birth; self-referrals often come without one.
    setDobMissing(!values.dateOfBirth);
    if (values.dateOfBirth) register.mutate([]);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('intake.registerHint')}</Text>
        {register.error && error?.code !== 'possible_duplicate' && Object.keys(fields).length === 0 && (
          <ApiErrorAlert error={register.error} />
        )}
        {candidates.length > 0 && (
          <Alert color="orange" role="alert" title={t('intake.dupTitle')}>
            <Text size="sm" mb="sm">
              {t('intake.dupBody')}
            </Text>
            <CandidateList
              candidates={candidates}
              pickLabel="useThisRecord"
              onPick={(c) => onLink(c.id)}
              busy={linking}
              confirmed={confirmed}
              onConfirmedChange={setConfirmed}
            />
            <Button
              mt="md"
              color="orange.9"
              disabled={!candidates.every((c) => confirmed.includes(c.id))}
              loading={register.isPending}
              onClick={() => register.mutate(confirmed)}
            >
              {t('intake.registerAnyway')}
            </Button>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {field('firstName', t('client.firstName'), { required: true })}
          {field('lastName', t('client.lastName'), { required: true })}
          {field('dateOfBirth', t('client.dateOfBirth'), { required: true, type: 'date' })}
          {field('phone', t('client.phone'), { type: 'tel' })}
          {field('email', t('client.email'), { type: 'email' })}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={register.isPending || linking}>
            {t('intake.register')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
