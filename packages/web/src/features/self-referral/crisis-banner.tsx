import type { PublicResourcesView } from '@careloop/core';
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Phone links dial digits only (and a leading +): the displayed number may carry punctuation. */
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** Always at the top of the public page, before anything else: 988 and the agency's crisis line. */
export function CrisisBanner({ resources }: { resources: PublicResourcesView | undefined }) {
  const { t } = useTranslation();
  return (
    <Paper
      component="aside"
      aria-label={t('selfReferral.crisisTitle')}
      withBorder
      p="md"
      mb="lg"
      bg="red.0"
      style={{ borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 }}
    >
      <Stack gap={6}>
        <Text fw={700} size="lg">
          {t('selfReferral.crisisTitle')}
        </Text>
        <Group gap="md">
          <Anchor href="tel:988" fw={600} c="red.9" underline="always">
            {t('selfReferral.call988')}
          </Anchor>
          <Anchor href="sms:988" fw={600} c="red.9" underline="always">
            {t('selfReferral.text988')}
          </Anchor>
        </Group>
        {resources?.crisisLinePhone && (
          <Text size="sm">
            <Anchor href={telHref(resources.crisisLinePhone)} fw={600} c="red.9" underline="always">
              {t('selfReferral.crisisLine', {
                name: resources.crisisLineName ?? resources.organizationName,
                phone: resources.crisisLinePhone,
              })}
            </Anchor>
          </Text>
        )}
        <Text size="sm">{t('selfReferral.crisisBody')}</Text>
      </Stack>
    </Paper>
  );
}
