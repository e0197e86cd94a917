import { CoverageReasons, type CoverageReason } from '@careloop/core';
import { Badge, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { formatDate } from '../../lib/format-date.js';
import { useCoverages, useCreateCoverage, useEndCoverage, useStaff } from '../on-call/on-call-queries.js';

function CoverageForm() {
  const { t } = useTranslation();
  const staff = useStaff(true);
  const create = useCreateCoverage();
  const [covered, setCovered] = useState<string | null>(null);
  const [covering, setCovering] = useState<string | null>(null);
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [reason, setReason] = useState<string | null>('leave');
  const [note, setNote] = useState('');
  const fields = fieldsOf(create.error);
  const people = (staff.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        coveredUserId: covered ?? '',
        coveringUserId: covering ?? '',
        startsOn,
        endsOn,
        reason: (reason ?? 'leave') as CoverageReason,
        note: note.trim() || null,
      },
      { onSuccess: () => notify(t('coverage.added')) },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="coverage-form-title">
      <Stack gap="sm">
        <Title order={3} id="coverage-form-title" size="h4">
          {t('coverage.addTitle')}
        </Title>
        <ApiErrorAlert error={create.error} />
        <Group grow align="flex-start">
          <Select
            label={t('coverage.covered')}
            data={people}
            value={covered}
            onChange={setCovered}
            error={fields.coveredUserId}
            searchable
            required
            allowDeselect={false}
          />
          <Select
            label={t('coverage.covering')}
            data={people}
            value={covering}
            onChange={setCovering}
            error={fields.coveringUserId}
            searchable
            required
            allowDeselect={false}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('coverage.startsOn')}
            value={startsOn}
            onChange={(e) => setStartsOn(e.currentTarget.value)}
            error={fields.startsOn}
            required
          />
          <TextInput
            type="date"
            label={t('coverage.endsOn')}
            value={endsOn}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
            error={fields.endsOn}
            required
          />
          <Select
            label={t('coverage.reason')}
            data={CoverageReasons.map((r) => ({ value: r, label: t(`coverage.reasons.${r}`) }))}
            value={reason}
            onChange={setReason}
            error={fields.reason}
            allowDeselect={false}
            required
          />
        </Group>
        <TextInput label={t('coverage.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('coverage.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Current and planned coverages; supervisors and admins arrange and end them. */
export function CoverageSection() {
  const { t } = useTranslation();
  const list = useCoverages();
  const end = useEndCoverage();
  const canManage = list.data?.canManage ?? false;
  return (
    <Stack gap="xs" component="section" aria-labelledby="coverage-title">
      <Title order={2} id="coverage-title" size="h3">
        {t('coverage.title')}
      </Title>
      <ApiErrorAlert error={list.error ?? end.error} />
      {list.data && list.data.items.length === 0 && <Text size="sm">{t('coverage.none')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table aria-label={t('coverage.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('coverage.covered')}</Table.Th>
              <Table.Th>{t('coverage.covering')}</Table.Th>
              <Table.Th>{t('coverage.dates')}</Table.Th>
              <Table.Th>{t('coverage.reason')}</Table.Th>
              {canManage && <Table.Th>{t('onCall.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.coveredUserName}</Table.Td>
                <Table.Td>{c.coveringUserName}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t('coverage.range', { from: formatDate(c.startsOn), to: formatDate(c.endsOn) })}
                  </Text>
                  <Badge size="sm" color={c.active ? 'blue.9' : 'gray.7'} tt="none">
                    {c.active ? t('coverage.active') : t('coverage.planned')}
                  </Badge>
                </Table.Td>
                <Table.Td>{t(`coverage.reasons.${c.reason}`)}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('coverage.endNamed', { name: c.coveredUserName })}
                      loading={end.isPending && end.variables.id === c.id}
                      onClick={() =>
                        end.mutate({ id: c.id, version: c.version }, { onSuccess: () => notify(t('coverage.ended')) })
                      }
                    >
                      {t('coverage.end')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canManage && (
        <Card withBorder>
          <CoverageForm />
        </Card>
      )}
    </Stack>
  );
}
