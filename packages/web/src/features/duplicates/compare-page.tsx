import { endpoints, type ClientView } from '@careloop/core';
import { Alert, Button, Group, Radio, Stack, Table, TextInput, Title } from '@mantine/core';
import { notify } from '../../components/notify.js';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { call } from '../../lib/endpoint-api.js';
import { clientName } from '../../lib/client-name.js';
import { formatDate } from '../../lib/format-date.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';

const ROWS: { key: string; label: string; get: (c: ClientView) => string }[] = [
  {
    key: 'name',
    label: 'clients.name',
    get: (c) => `${c.firstName} ${c.middleName ?? ''} ${c.lastName}`.replace(/\s+/g, ' '),
  },
  { key: 'preferred', label: 'client.preferredName', get: (c) => c.preferredName ?? '' },
  { key: 'dob', label: 'client.dateOfBirth', get: (c) => formatDate(c.dateOfBirth) },
  { key: 'mrn', label: 'clients.mrn', get: (c) => c.mrn },
  { key: 'phone', label: 'client.phone', get: (c) => c.phones.map((p) => p.number).join(', ') },
  { key: 'email', label: 'client.email', get: (c) => c.email ?? '' },
  {
    key: 'address',
    label: 'client.address',
    get: (c) => (c.homeAddress ? `${c.homeAddress.line1}, ${c.homeAddress.city}` : ''),
  },
  { key: 'ids', label: 'client.medicaidId', get: (c) => c.identifiers.map((i) => `${i.type}: ${i.value}`).join(', ') },
];

export function DuplicateComparePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const pair = params.get('pair');
  const version = Number(params.get('v') ?? '1');
  const [keep, setKeep] = useState<string>(a);
  const [reason, setReason] = useState('');
  const cmp = useQuery({
    queryKey: ['dup-compare', a, b],
    queryFn: () => call(endpoints.clients.compare, { query: { a, b } }),
  });
  const done = async (message: string) => {
    notify(message);
    await queryClient.invalidateQueries({ queryKey: ['dup-queue'] });
    await queryClient.invalidateQueries({ queryKey: ['merges'] });
    void navigate('/admin/duplicates');
  };
  const merge = useMutation({
    mutationFn: () =>
      call(endpoints.clients.merge, {
        body: { survivorId: keep, mergedId: keep === a ? b : a, reason: reason || null },
      }),
    onSuccess: (m) => done(t('duplicates.mergedInto', { name: clientName(m.survivor), mrn: m.survivor.mrn })),
  });
  const dismiss = useMutation({
    mutationFn: () => call(endpoints.clients.dismissDuplicate, { params: { id: pair ?? '' }, body: { version } }),
    onSuccess: () => done(t('duplicates.dismissed')),
  });

  const data = cmp.data;
  return (
    <Stack>
      <Title order={1}>{t('duplicates.compareTitle')}</Title>
      <ApiErrorAlert error={cmp.error ?? merge.error ?? dismiss.error} />
      {data && (
        <>
          <Radio.Group value={keep} onChange={setKeep} label={t('duplicates.mergeInto')}>
            <Table.ScrollContainer minWidth={600}>
              <Table withColumnBorders>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('duplicates.field')}</Table.Th>
                    {[data.a, data.b].map((c) => (
                      <Table.Th key={c.id}>
                        <Radio value={c.id} label={t('duplicates.keepWho', { name: clientName(c), mrn: c.mrn })} />
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {ROWS.map((r) => {
                    const va = r.get(data.a);
                    const vb = r.get(data.b);
                    return (
                      <Table.Tr key={r.key} bg={va !== vb ? 'yellow.0' : undefined}>
                        <Table.Th scope="row">{t(r.label)}</Table.Th>
                        <Table.Td>{va || t('app.none')}</Table.Td>
                        <Table.Td>{vb || t('app.none')}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                  <Table.Tr>
                    <Table.Th scope="row">{t('duplicates.supportContacts')}</Table.Th>
                    <Table.Td>{data.supportContacts.a}</Table.Td>
                    <Table.Td>{data.supportContacts.b}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Radio.Group>
          <TextInput
            label={t('duplicates.mergeReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Alert color="blue">{t('duplicates.mergeExplain')}</Alert>
          <Group>
            <Button onClick={() => merge.mutate()} loading={merge.isPending}>
              {t('duplicates.merge')}
            </Button>
            {pair && (
              <Button variant="default" onClick={() => dismiss.mutate()} loading={dismiss.isPending}>
                {t('duplicates.notDuplicate')}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
