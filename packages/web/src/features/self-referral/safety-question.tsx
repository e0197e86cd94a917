import type { PublicResourcesView } from '@careloop/core';
import { Alert, Anchor, Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SafeAnswer } from './self-referral-model.js';

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

interface Props {
  value: SafeAnswer;
  onChange: (value: SafeAnswer) => void;
  resources: PublicResourcesView | undefined;
}

/**
 * The first question of the public form. A "no" shows what to do right now, before anything
 * else is asked: 911 for danger, 988 and the agency's crisis line to talk to someone now.
 */
export function SafetyQuestion({ value, onChange, resources }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('selfReferral.safeNow')}
        description={t('selfReferral.safeNowHelp')}
        value={value}
        onChange={(v) => onChange(v)}
      >
        <Group mt="xs">
          <Radio value="yes" label={t('selfReferral.safeYes')} />
          <Radio value="no" label={t('selfReferral.safeNo')} />
          <Radio value="unsaid" label={t('selfReferral.safeUnsaid')} />
        </Group>
      </Radio.Group>
      {value === 'no' && (
        <Alert color="red" variant="filled" role="alert" title={t('selfReferral.notSafeTitle')}>
          <Stack gap={6}>
            <Text fw={700}>
              {t('selfReferral.notSafe911')}{' '}
              <Anchor href="tel:911" c="white" underline="always" fw={700}>
                911
              </Anchor>
            </Text>
            <Group gap="md">
              <Anchor href="tel:988" c="white" underline="always" fw={700}>
                {t('selfReferral.call988')}
              </Anchor>
              <Anchor href="sms:988" c="white" underline="always" fw={700}>
                {t('selfReferral.text988')}
              </Anchor>
              {resources?.crisisLinePhone && (
                <Anchor href={telHref(resources.crisisLinePhone)} c="white" underline="always" fw={700}>
                  {t('selfReferral.crisisLine', {
                    name: resources.crisisLineName ?? resources.organizationName,
                    phone: resources.crisisLinePhone,
                  })}
                </Anchor>
              )}
            </Group>
            <Text>{t('selfReferral.notSafeKeepGoing')}</Text>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
