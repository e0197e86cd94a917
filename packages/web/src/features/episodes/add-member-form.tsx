import { endpoints, type AddCareTeamMemberBody, type CareTeamRole, type EpisodeView } from '@careloop/core';
import { Button, Group, Modal, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { careStaffOptions, useStaff } from './care-queries.js';
import { teamRoleChoices, type MemberKind } from './care-team-roles.js';
import { useEpisodeAction } from './use-episode-action.js';

interface Draft {
  kind: MemberKind;
  userId: string | null;
  role: CareTeamRole | null;
  name: string;
  organization: string;
  phone: string;
  email: string;
}
const EMPTY: Draft = { kind: 'staff', userId: null, role: null, name: '', organization: '', phone: '', email: '' };

function toBody(d: Draft, role: CareTeamRole): AddCareTeamMemberBody {
  if (d.kind === 'staff') return { role, userId: d.userId };
  const opt = (s: string) => s.trim() || null;
  return { role, name: opt(d.name), organization: opt(d.organization), phone: opt(d.phone), email: opt(d.email) };
}

export function AddMemberModal({
  episode,
  opened,
  onClose,
}: {
  episode: EpisodeView;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [d, setD] = useState<Draft>(EMPTY);
  const [roleMissing, setRoleMissing] = useState(false);
  const staff = useStaff(opened);
  const close = () => {
    setD(EMPTY);
    setRoleMissing(false);
    add.reset();
    onClose();
  };
  const add = useEpisodeAction(
    episode.clientId,
    (body: AddCareTeamMemberBody) => call(endpoints.episodes.addTeamMember, { params: { id: episode.id }, body }),
    { success: () => t('episodes.memberAdded'), onDone: close },
  );
  const fields = fieldsOf(add.error);
  const set = (patch: Partial<Draft>) => setD((cur) => ({ ...cur, ...patch }));
  const roles = teamRoleChoices(d.kind).map((r) => ({ value: r, label: t(`care.teamRoles.${r}`) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setRoleMissing(!d.role);
    if (d.role) add.mutate(toBody(d, d.role));
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('episodes.addMemberTitle')}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form noValidate onSubmit={submit}>
        <Stack>
          {add.error && !Object.keys(fields).length && <ApiErrorAlert error={add.error} />}
          <Radio.Group label={t('episodes.memberKind')} value={d.kind} onChange={(v) => set({ kind: v, role: null })}>
            <Group mt={4}>
              <Radio value="staff" label={t('episodes.kindStaff')} />
              <Radio value="external" label={t('episodes.kindExternal')} />
            </Group>
          </Radio.Group>
          {d.kind === 'staff' ? (
            <Select
              label={t('care.staffMember')}
              data={careStaffOptions(staff.data?.items ?? [])}
              value={d.userId}
              onChange={(v) => set({ userId: v })}
              searchable
              required
              allowDeselect={false}
              error={fields.userId}
            />
          ) : (
            <>
              <TextInput
                label={t('episodes.name')}
                value={d.name}
                onChange={(e) => set({ name: e.currentTarget.value })}
                required
                error={fields.name ?? fields.userId}
              />
              <TextInput
                label={t('episodes.organization')}
                value={d.organization}
                onChange={(e) => set({ organization: e.currentTarget.value })}
                error={fields.organization}
              />
              <TextInput
                label={t('episodes.phone')}
                type="tel"
                value={d.phone}
                onChange={(e) => set({ phone: e.currentTarget.value })}
                error={fields.phone}
              />
              <TextInput
                label={t('episodes.email')}
                type="email"
                value={d.email}
                onChange={(e) => set({ email: e.currentTarget.value })}
                error={fields.email}
              />
            </>
          )}
          <Select
            label={t('episodes.role')}
            data={roles}
            value={d.role}
            onChange={(v) => set({ role: v })}
            required
            allowDeselect={false}
            error={fields.role ?? (roleMissing && !d.role ? t('episodes.roleRequired') : undefined)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('episodes.addMember')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
