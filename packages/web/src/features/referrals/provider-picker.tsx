import { Button, Group, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DirectorySearch } from '../directory/directory-search.js';
import type { AdHocForm, CreateForm, PickedService } from './create-referral-model.js';

/** The directory search is offered first; an ad-hoc provider when the service is not listed. */
export const DIRECTORY_AVAILABLE = true;

interface Props {
  form: CreateForm;
  errors: Record<string, string>;
  onChange: (patch: Partial<CreateForm>) => void;
}

/** A directory service, or a provider not (yet) in the directory. */
export function ProviderPicker({ form, errors, onChange }: Props) {
  const { t } = useTranslation();
  const setAdHoc = (patch: Partial<AdHocForm>) => onChange({ adHoc: { ...form.adHoc, ...patch } });
  const pick = (service: PickedService) =>
    onChange({ service, ...(service.category && !form.category ? { category: service.category } : {}) });
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('referrals.create.providerKind')}
        value={form.providerKind}
        onChange={(v) => onChange({ providerKind: v === 'directory' ? 'directory' : 'adHoc' })}
      >
        <Group mt={4}>
          <Radio value="directory" label={t('referrals.create.fromDirectory')} />
          <Radio value="adHoc" label={t('referrals.create.adHoc')} />
        </Group>
      </Radio.Group>
      {form.providerKind === 'directory' &&
        (form.service ? (
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              {t('referrals.create.chosenService', {
                name: [form.service.name, form.service.organizationName].filter(Boolean).join(' — '),
              })}
            </Text>
            <Button variant="subtle" size="xs" onClick={() => onChange({ service: null })}>
              {t('referrals.create.changeService')}
            </Button>
          </Group>
        ) : (
          <Stack gap={4}>
            {errors.serviceId && (
              <Text size="sm" c="red.8" role="alert">
                {errors.serviceId}
              </Text>
            )}
            {/* Follows the referral's category: a new category starts a new search. */}
            <DirectorySearch
              key={form.category ?? 'any'}
              onPick={(s) =>
                pick({ id: s.id, name: s.name, organizationName: s.organizationName, category: s.category })
              }
              initialCategory={form.category ?? undefined}
            />
          </Stack>
        ))}
      {form.providerKind === 'adHoc' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            label={t('referrals.create.providerName')}
            required
            value={form.adHoc.name}
            onChange={(e) => setAdHoc({ name: e.currentTarget.value })}
            error={errors['provider.name'] ?? errors.serviceId}
          />
          <TextInput
            label={t('referrals.create.contactName')}
            value={form.adHoc.contactName}
            onChange={(e) => setAdHoc({ contactName: e.currentTarget.value })}
          />
          <TextInput
            label={t('referrals.create.phone')}
            type="tel"
            value={form.adHoc.phone}
            onChange={(e) => setAdHoc({ phone: e.currentTarget.value })}
          />
          <TextInput
            label={t('referrals.create.email')}
            type="email"
            value={form.adHoc.email}
            onChange={(e) => setAdHoc({ email: e.currentTarget.value })}
            error={errors['provider.email']}
          />
          <TextInput
            label={t('referrals.create.address')}
            value={form.adHoc.address}
            onChange={(e) => setAdHoc({ address: e.currentTarget.value })}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
