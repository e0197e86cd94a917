import { DISCIPLINE_LIST, endpoints, ROLE_LIST, type Discipline, type Role, type UserView } from '@careloop/core';
import { Alert, Button, Group, MultiSelect, PasswordInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { notify } from '../../components/notify.js';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.js';
import { call } from '../../lib/endpoint-api.js';
import { fieldsOf } from '../../lib/field-errors.js';
import { useSession } from '../../lib/session.js';

interface Props {
  user?: UserView;
  onDone: () => void;
}

/** Create a user, or edit one with optimistic concurrency (a stale edit keeps the input and shows what changed). */
export function UserForm({ user, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { me } = useSession();
  const self = user !== undefined && user.id === me?.id;
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [roles, setRoles] = useState<Role[]>(user?.roles ?? []);
  const [discipline, setDiscipline] = useState<Discipline | null>(user?.discipline ?? null);
  const [active, setActive] = useState(user?.active ?? true);
  const [password, setPassword] = useState('');
  const [version, setVersion] = useState(user?.version ?? 0);
  const [conflict, setConflict] = useState<UserView | null>(null);

  const mutation = useMutation({
    mutationFn: () =>
      user
        ? // 202: the user with an own role raise waiting for a second admin.
          call(endpoints.users.update, { params: { id: user.id }, body: { name, roles, discipline, active, version } })
        : call(endpoints.users.create, { body: { email, name, roles, discipline, password } }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['admin-users'] });
      if ('pending' in saved) {
        await queryClient.invalidateQueries({ queryKey: ['admin-approvals'] });
        notify(t('approvals.sentForApproval'));
      } else notify(user ? t('users.saved') : t('users.created', { name: saved.name }));
      onDone();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'version_conflict') {
        const current = err.details.current as UserView;
        setConflict(current);
        setVersion(current.version); // saving again applies the user's input over the current record
      }
    },
  });
  const fields = fieldsOf(mutation.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {conflict && (
          <Alert color="orange" role="alert">
            {t('users.conflict', {
              current: `${conflict.name}; ${conflict.roles.map((r) => t(`roles.${r}`)).join(', ')}; ${conflict.active ? t('users.active') : t('users.inactive')}`,
            })}
          </Alert>
        )}
        {mutation.error instanceof ApiError && mutation.error.code !== 'version_conflict' && (
          <Alert color="red" role="alert">
            {mutation.error.message}
          </Alert>
        )}
        <TextInput
          label={t('users.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          disabled={!!user}
          required
          error={fields.email}
        />
        <TextInput
          label={t('users.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          error={fields.name}
        />
        <MultiSelect
          label={t('users.roles')}
          data={ROLE_LIST.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={roles}
          onChange={(v) => setRoles(v)}
          required
          error={fields.roles}
          description={self ? t('approvals.selfHint') : undefined}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('users.discipline')}
          data={DISCIPLINE_LIST.map((d) => ({ value: d, label: t(`disciplines.${d}`) }))}
          value={discipline}
          onChange={(v) => setDiscipline(v)}
          clearable
        />
        {user ? (
          <Switch
            label={t('users.accountActive')}
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
            error={fields.active}
          />
        ) : (
          <PasswordInput
            label={t('users.password')}
            description={t('users.passwordHint')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            required
            autoComplete="new-password"
            error={fields.password}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {user ? t('app.save') : t('users.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
