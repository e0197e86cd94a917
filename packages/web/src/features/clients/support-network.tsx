import {
  ContactRelationships,
  ContactRoles,
  endpoints,
  type SupportContactBody,
  type SupportContactView,
} from '@careloop/core';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notify } from '../../components/notify.js';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';

type Draft = SupportContactBody & { version?: number };
const emptyDraft: Draft = {
  name: '',
  relationship: 'friend',
  phone: '',
  email: '',
  address: '',
  roles: [],
  involvementAgreed: false,
  notes: '',
};

export function SupportNetwork({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['client-contacts', clientId];
  const contacts = useQuery({
    queryKey: key,
    queryFn: () => call(endpoints.clients.supportContacts, { params: { id: clientId } }),
  });
  const [editing, setEditing] = useState<{ id: string | null; draft: Draft } | null>(null);

  const save = useMutation({
    mutationFn: (e: { id: string | null; draft: Draft }) =>
      e.id
        ? call(endpoints.clients.updateSupportContact, { params: { id: clientId, contactId: e.id }, body: e.draft })
        : call(endpoints.clients.addSupportContact, { params: { id: clientId }, body: e.draft }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
      notify(t('network.saved'));
      setEditing(null);
    },
  });
  const remove = useMutation({
    mutationFn: (c: SupportContactView) =>
      call(endpoints.clients.removeSupportContact, {
        params: { id: clientId, contactId: c.id },
        query: { version: c.version },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
      notify(t('network.removed'));
    },
  });
  const fields = fieldsOf(save.error);
  const d = editing?.draft;
  const set = (patch: Partial<Draft>) => editing && setEditing({ ...editing, draft: { ...editing.draft, ...patch } });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('network.title')}
        </Title>
        <Button
          onClick={() => {
            save.reset();
            setEditing({ id: null, draft: emptyDraft });
          }}
        >
          {t('network.add')}
        </Button>
      </Group>
      <ApiErrorAlert error={contacts.error ?? remove.error} />
      {contacts.data?.items.length === 0 && <Text>{t('network.empty')}</Text>}
      {contacts.data?.items.map((c) => (
        <Paper withBorder p="sm" key={c.id}>
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Text fw={600}>
                {c.name} · {t(`network.relationships.${c.relationship}`)}
              </Text>
              {c.phone && <Text size="sm">{c.phone}</Text>}
              {c.email && <Text size="sm">{c.email}</Text>}
              <Group gap={4}>
                {c.roles.map((r) => (
                  <Badge key={r} size="sm" variant="outline" color="gray.8">
                    {t(`network.roleNames.${r}`)}
                  </Badge>
                ))}
                <Badge size="sm" color={c.involvementAgreed ? 'teal.9' : 'orange.9'} variant="filled">
                  {c.involvementAgreed ? t('network.involvementAgreed') : t('network.involvementNo')}
                </Badge>
              </Group>
            </Stack>
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                aria-label={`${t('app.edit')} ${c.name}`}
                onClick={() => {
                  save.reset();
                  setEditing({ id: c.id, draft: { ...c, version: c.version } });
                }}
              >
                {t('app.edit')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red.9"
                aria-label={`${t('app.remove')} ${c.name}`}
                onClick={() => remove.mutate(c)}
              >
                {t('app.remove')}
              </Button>
            </Group>
          </Group>
        </Paper>
      ))}
      <Modal
        opened={!!editing}
        onClose={() => setEditing(null)}
        title={editing?.id ? t('app.edit') : t('network.add')}
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        {d && (
          <form
            noValidate
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              if (editing) save.mutate(editing);
            }}
          >
            <Stack>
              {save.error instanceof ApiError && !Object.keys(fields).length && <ApiErrorAlert error={save.error} />}
              <TextInput
                label={t('network.name')}
                value={d.name}
                onChange={(e) => set({ name: e.currentTarget.value })}
                required
                error={fields.name}
              />
              <Select
                label={t('network.relationship')}
                data={ContactRelationships.map((r) => ({ value: r, label: t(`network.relationships.${r}`) }))}
                value={d.relationship}
                onChange={(v) => set({ relationship: v ?? 'other' })}
                allowDeselect={false}
              />
              <TextInput
                label={t('network.phone')}
                type="tel"
                value={d.phone ?? ''}
                onChange={(e) => set({ phone: e.currentTarget.value })}
                error={fields.phone}
              />
              <TextInput
                label={t('network.email')}
                type="email"
                value={d.email ?? ''}
                onChange={(e) => set({ email: e.currentTarget.value })}
                error={fields.email}
              />
              <TextInput
                label={t('network.address')}
                value={d.address ?? ''}
                onChange={(e) => set({ address: e.currentTarget.value })}
              />
              <MultiSelect
                label={t('network.roles')}
                data={ContactRoles.map((r) => ({ value: r, label: t(`network.roleNames.${r}`) }))}
                value={d.roles}
                onChange={(v) => set({ roles: v })}
              />
              <Checkbox
                label={t('network.involvementAgreed')}
                checked={d.involvementAgreed}
                onChange={(e) => set({ involvementAgreed: e.currentTarget.checked })}
              />
              <TextInput
                label={t('network.notes')}
                value={d.notes ?? ''}
                onChange={(e) => set({ notes: e.currentTarget.value })}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setEditing(null)}>
                  {t('app.cancel')}
                </Button>
                <Button type="submit" loading={save.isPending}>
                  {t('app.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </Stack>
  );
}
