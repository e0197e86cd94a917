import { CapacityStatuses, endpoints, IntakeMethods, ServiceCategories, type ServiceView } from '@careloop/core';
import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { PageLoader } from '../../components/page-loader.js';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { todayIn } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { directoryKeys, useService } from './directory-queries.js';
import { checkForm, formFrom, type ServiceFormState } from './service-form-model.js';

/** /directory/new and /directory/services/:id/edit (editors). */
export function ServiceFormPage() {
  const { id } = useParams();
  const service = useService(id ?? '');
  if (id && service.isPending) return <PageLoader />;
  if (id && !service.data) return <ApiErrorAlert error={service.error} />;
  return <ServiceForm key={id ?? 'new'} service={id ? (service.data ?? null) : null} />;
}

function ServiceForm({ service }: { service: ServiceView | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const timeZone = useSession().me?.organization.timeZone ?? 'UTC';
  const [form, setForm] = useState<ServiceFormState>(() => formFrom(service, todayIn(timeZone)));
  const [local, setLocal] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof checkForm> & { ok: true }) =>
      service
        ? call(endpoints.directory.update, {
            params: { id: service.id },
            body: { ...body.body, version: service.version },
          })
        : call(endpoints.directory.create, { body: body.body }),
    onSuccess: (s) => {
      qc.setQueryData(directoryKeys.service(s.id), s);
      void qc.invalidateQueries({ queryKey: ['directory', 'search'] });
      notify(t('directory.saved'));
      void navigate(`/directory/services/${s.id}`);
    },
  });
  const fields = { ...fieldsOf(save.error), ...local };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkForm(form);
    setLocal(checked.ok ? {} : checked.fields);
    if (checked.ok) save.mutate(checked);
  };
  const text = (
    key: keyof ServiceFormState,
    path: string = key,
    extra: { description?: string; required?: boolean } = {},
  ) => ({
    label: t(`directory.fields.${key}`),
    value: form[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [key]: value }));
    },
    error: fields[path],
    ...extra,
  });
  const select = (key: keyof ServiceFormState, data: { value: string; label: string }[], required = false) => ({
    label: t(`directory.fields.${key}`),
    data,
    value: form[key] || null,
    onChange: (v: string | null) => setForm((f) => ({ ...f, [key]: v ?? '' })),
    error: fields[key],
    required,
    clearable: !required,
  });
  const listHint = t('directory.fields.listHint');
  return (
    <form noValidate onSubmit={submit}>
      <Stack maw={900}>
        <Title order={1}>
          {service ? t('directory.formTitleEdit', { name: service.name }) : t('directory.formTitleNew')}
        </Title>
        {save.error && !Object.keys(fieldsOf(save.error)).length && <ApiErrorAlert error={save.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...text('name', 'name', { required: true })} maxLength={200} />
          <TextInput
            {...text('organizationName', 'organizationName', {
              required: true,
              description: t('directory.fields.organizationHint'),
            })}
            maxLength={200}
          />
          <Select
            {...select(
              'category',
              ServiceCategories.map((c) => ({ value: c, label: t(`carePlan.categories.${c}`) })),
              true,
            )}
            searchable
          />
          <TextInput {...text('languages', 'languages', { description: t('directory.fields.languagesHint') })} />
        </SimpleGrid>
        <Textarea {...text('description')} autosize minRows={2} maxLength={4000} />
        <Fieldset legend={t('directory.fields.eligibility')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('minAge', 'eligibility.minAge')} inputMode="numeric" />
            <TextInput {...text('maxAge', 'eligibility.maxAge')} inputMode="numeric" />
            <TextInput {...text('insurance', 'eligibility.insurance', { description: listHint })} />
            <TextInput {...text('diagnoses', 'eligibility.diagnoses', { description: listHint })} />
            <TextInput {...text('residency', 'eligibility.residency')} />
            <TextInput {...text('documents', 'eligibility.documents', { description: listHint })} />
          </SimpleGrid>
          <Textarea {...text('eligibilityNotes', 'eligibility.notes')} autosize minRows={1} mt="sm" />
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            {...select(
              'intakeMethod',
              IntakeMethods.map((m) => ({ value: m, label: t(`directory.intake.${m}`) })),
            )}
          />
          <Select
            {...select(
              'capacityStatus',
              CapacityStatuses.map((c) => ({ value: c, label: t(`directory.capacity.${c}`) })),
              true,
            )}
          />
          <TextInput {...text('waitlistWeeks')} inputMode="numeric" />
          <TextInput {...text('lastVerifiedOn')} type="date" />
          <TextInput {...text('hours')} />
          <TextInput {...text('accessibility')} />
        </SimpleGrid>
        <Fieldset legend={t('directory.fields.address')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('addressLine')} />
            <TextInput {...text('city')} />
            <TextInput {...text('region')} />
            <TextInput {...text('postalCode')} />
            <TextInput
              {...text('latitude', 'latitude', { description: t('directory.fields.coordinatesHint') })}
              inputMode="decimal"
            />
            <TextInput {...text('longitude')} inputMode="decimal" />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('directory.fields.contact')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('contactName')} />
            <TextInput {...text('phone')} type="tel" />
            <TextInput {...text('email')} type="email" />
            <TextInput {...text('website')} />
          </SimpleGrid>
        </Fieldset>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('directory.save')}
          </Button>
          <Button variant="default" component={Link} to={service ? `/directory/services/${service.id}` : '/directory'}>
            {t('directory.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
