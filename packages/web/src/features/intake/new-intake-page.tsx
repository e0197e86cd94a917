import {
  endpoints,
  IntakeSources,
  URGENCY_LIST,
  type CreateIntakeBody,
  type IntakeSource,
  type ServiceCategory,
  type Urgency,
} from '@careloop/core';
import { Button, Fieldset, Group, Radio, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { useSession } from '../../lib/session.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { staffWithRole, useStaff } from './intake-queries.js';
import { fromWallTime } from '../../lib/wall-time.js';
import { NeedsCheckboxes } from './needs-checkboxes.js';

/** Sources staff enter by hand; web-form intakes come only from the public page. */
const STAFF_SOURCES = IntakeSources.filter((s) => s !== 'web_form');

/** A referral taken by staff: a phone call, a hospital discharge, a court or school request. */
export function NewIntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { me, hasRole } = useSession();
  const tz = me?.organization.timeZone ?? 'UTC';
  const staff = useStaff();
  const [source, setSource] = useState<IntakeSource | null>(null);
  const [urgency, setUrgency] = useState<Urgency>('routine');
  const [receivedAt, setReceivedAt] = useState('');
  const [reason, setReason] = useState('');
  const [needs, setNeeds] = useState<ServiceCategory[]>([]);
  const [person, setPerson] = useState({ firstName: '', lastName: '', dateOfBirth: '', phone: '', email: '' });
  const [referrerName, setReferrerName] = useState('');
  const [referrerContact, setReferrerContact] = useState('');
  const [assignedToId, setAssignedToId] = useState<string | null>(hasRole('intake_coordinator') && me ? me.id : null);

  const create = useMutation({
    mutationFn: (body: CreateIntakeBody) => call(endpoints.intakes.create, { body }),
    onSuccess: async (intake) => {
      await queryClient.invalidateQueries({ queryKey: ['intakes'] });
      notify(t('intake.created', { reference: intake.reference }));
      void navigate(`/intake/${intake.id}`);
    },
  });
  const fields = fieldsOf(create.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const received = receivedAt ? fromWallTime(receivedAt, tz) : null;
    create.mutate({
      // An empty source is sent as is so the server names the missing field.
      source: source as IntakeSource,
      urgency,
      ...(received ? { receivedAt: received } : {}),
      reason,
      needs,
      ...person,
      referrerName,
      referrerContact,
      assignedToId,
    });
  };
  const personField = (key: keyof typeof person, label: string, extra: { required?: boolean; type?: string } = {}) => (
    <TextInput
      label={label}
      value={person[key]}
      onChange={(e) => setPerson({ ...person, [key]: e.currentTarget.value })}
      error={fields[key]}
      autoComplete="off"
      {...extra}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Title order={1} mb="md">
        {t('intake.newTitle')}
      </Title>
      {create.error && Object.keys(fields).length === 0 && <ApiErrorAlert error={create.error} />}
      <Stack>
        <Fieldset legend={t('intake.referral')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('intake.source')}
                data={STAFF_SOURCES.map((s) => ({ value: s, label: t(`intake.sources.${s}`) }))}
                value={source}
                onChange={(v) => setSource(v)}
                required
                allowDeselect={false}
                error={fields.source}
              />
              <TextInput
                label={t('intake.receivedAt')}
                description={t('intake.receivedAtHint')}
                type="datetime-local"
                value={receivedAt}
                onChange={(e) => setReceivedAt(e.currentTarget.value)}
                error={fields.receivedAt}
              />
            </SimpleGrid>
            <Radio.Group
              label={t('intake.urgency')}
              description={t('intake.urgencyHint')}
              value={urgency}
              onChange={(v) => setUrgency(v)}
              required
              error={fields.urgency}
            >
              <Group mt="xs">
                {URGENCY_LIST.map((u) => (
                  <Radio key={u} value={u} label={t(`care.urgency.${u}`)} />
                ))}
              </Group>
            </Radio.Group>
            <Textarea
              label={t('intake.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              autosize
              minRows={3}
              maxLength={4000}
              error={fields.reason}
            />
            <NeedsCheckboxes
              label={t('intake.needsLabel')}
              value={needs}
              onChange={setNeeds}
              labelOf={(c) => t(`intake.needs.${c}`)}
              error={fields.needs}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('intake.person')}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {personField('firstName', t('intake.firstName'), { required: true })}
            {personField('lastName', t('intake.lastName'), { required: true })}
            {personField('dateOfBirth', t('intake.dateOfBirth'), { type: 'date' })}
            {personField('phone', t('intake.phone'), { type: 'tel' })}
            {personField('email', t('intake.email'), { type: 'email' })}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('intake.referrer')}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <TextInput
              label={t('intake.referrerName')}
              value={referrerName}
              onChange={(e) => setReferrerName(e.currentTarget.value)}
              error={fields.referrerName}
            />
            <TextInput
              label={t('intake.referrerContact')}
              value={referrerContact}
              onChange={(e) => setReferrerContact(e.currentTarget.value)}
              error={fields.referrerContact}
            />
            <Select
              label={t('intake.assignTo')}
              data={staffWithRole(staff.data?.items, 'intake_coordinator', 'supervisor')}
              value={assignedToId}
              onChange={setAssignedToId}
              clearable
              error={fields.assignedToId}
            />
          </SimpleGrid>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void navigate('/intake')}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('intake.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
