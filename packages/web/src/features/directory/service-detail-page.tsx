import { endpoints, type ServiceView } from '@careloop/core';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { PageLoader } from '../../components/page-loader.js';
import { call } from '../../lib/endpoint-api.js';
import { formatDate } from '../../lib/format-date.js';
import { useSession } from '../../lib/session.js';
import { directoryKeys, useService } from './directory-queries.js';
import { CapacityBadge, StaleBadge } from './service-badges.js';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w={220} style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

type Action = 'verify' | 'deactivate' | 'reactivate';

/** /directory/services/:id: everything the directory knows of one service; editors verify and edit. */
export function ServiceDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const editor = useSession().hasRole('admin', 'directory_editor');
  const query = useService(id);
  const qc = useQueryClient();
  const action = useMutation({
    mutationFn: ({ kind, version }: { kind: Action; version: number }) =>
      call(endpoints.directory[kind], { params: { id }, body: { version } }),
    onSuccess: (s: ServiceView, { kind }) => {
      qc.setQueryData(directoryKeys.service(id), s);
      void qc.invalidateQueries({ queryKey: ['directory', 'search'] });
      notify(
        t(
          kind === 'verify'
            ? 'directory.verified'
            : kind === 'deactivate'
              ? 'directory.deactivated'
              : 'directory.reactivated',
        ),
      );
    },
  });
  if (query.isPending) return <PageLoader />;
  if (query.error || !query.data) {
    return (
      <Stack>
        <Title order={1}>{t('directory.title')}</Title>
        <ApiErrorAlert error={query.error} />
        <Anchor component={Link} to="/directory">
          {t('directory.back')}
        </Anchor>
      </Stack>
    );
  }
  const s = query.data;
  const none = t('directory.notStated');
  const list = (items: readonly string[] | undefined) => (items && items.length ? items.join(', ') : none);
  const e = s.eligibility;
  const ages = e.minAge != null || e.maxAge != null ? `${e.minAge ?? 0}–${e.maxAge ?? '…'}` : none;
  const address = [s.addressLine, s.city, s.region, s.postalCode].filter(Boolean).join(', ');
  return (
    <Stack>
      <Anchor component={Link} to="/directory" size="sm">
        {t('directory.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{s.name}</Title>
          <Text>
            {s.organizationName} · {t(`carePlan.categories.${s.category}`)}
          </Text>
          <Group gap="xs">
            <CapacityBadge status={s.capacityStatus} />
            {s.stale && <StaleBadge />}
            {!s.active && (
              <Badge color="gray" variant="light" c="dark.8">
                {t('directory.inactive')}
              </Badge>
            )}
          </Group>
        </Stack>
        {editor && (
          <Group gap="xs">
            <Button
              variant="default"
              loading={action.isPending && action.variables.kind === 'verify'}
              onClick={() => action.mutate({ kind: 'verify', version: s.version })}
            >
              {t('directory.verify')}
            </Button>
            <Button variant="default" component={Link} to={`/directory/services/${s.id}/edit`}>
              {t('directory.edit')}
            </Button>
            <Button
              variant="subtle"
              color={s.active ? 'red' : undefined}
              onClick={() => action.mutate({ kind: s.active ? 'deactivate' : 'reactivate', version: s.version })}
            >
              {s.active ? t('directory.deactivate') : t('directory.reactivate')}
            </Button>
          </Group>
        )}
      </Group>
      <ApiErrorAlert error={action.error} />
      {s.description && <Text>{s.description}</Text>}
      <Table withTableBorder>
        <Table.Tbody>
          <Row label={t('directory.fields.languages')}>{list(s.languages)}</Row>
          <Row label={t('directory.fields.eligibility')}>
            <Stack gap={2}>
              <Text size="sm">
                {t('directory.fields.minAge')} / {t('directory.fields.maxAge')}: {ages}
              </Text>
              <Text size="sm">
                {t('directory.fields.insurance')}: {list(e.insurance)}
              </Text>
              <Text size="sm">
                {t('directory.fields.diagnoses')}: {list(e.diagnoses)}
              </Text>
              <Text size="sm">
                {t('directory.fields.residency')}: {e.residency ?? none}
              </Text>
              <Text size="sm">
                {t('directory.fields.documents')}: {list(e.documents)}
              </Text>
              {e.notes && <Text size="sm">{e.notes}</Text>}
            </Stack>
          </Row>
          <Row label={t('directory.fields.intakeMethod')}>
            {s.intakeMethod ? t(`directory.intake.${s.intakeMethod}`) : none}
          </Row>
          <Row label={t('directory.fields.waitlistWeeks')}>{s.waitlistWeeks ?? none}</Row>
          <Row label={t('directory.fields.hours')}>{s.hours ?? none}</Row>
          <Row label={t('directory.fields.accessibility')}>{s.accessibility ?? none}</Row>
          <Row label={t('directory.fields.address')}>
            {address || none}
            {s.latitude != null && s.longitude != null && (
              <Text size="xs" c="gray.7">
                {s.latitude}, {s.longitude}
              </Text>
            )}
          </Row>
          <Row label={t('directory.fields.contact')}>
            <Stack gap={2}>
              {s.contactName && <Text size="sm">{s.contactName}</Text>}
              {s.phone && (
                <Anchor href={`tel:${s.phone}`} size="sm">
                  {s.phone}
                </Anchor>
              )}
              {s.email && (
                <Anchor href={`mailto:${s.email}`} size="sm">
                  {s.email}
                </Anchor>
              )}
              {s.website && <Text size="sm">{s.website}</Text>}
              {!s.contactName && !s.phone && !s.email && !s.website && none}
            </Stack>
          </Row>
          <Row label={t('directory.fields.lastVerifiedOn')}>{formatDate(s.lastVerifiedOn)}</Row>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
