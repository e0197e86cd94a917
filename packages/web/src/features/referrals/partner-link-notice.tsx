import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** An absolute address for the path the server gives (it may already be absolute). */
export function absoluteLink(link: string, origin = window.location.origin): string {
  return new URL(link, origin).toString();
}

/** The provider's link, shown once: only its fingerprint is kept, so it cannot be shown again. */
export function PartnerLinkNotice({ link }: { link: string }) {
  const { t } = useTranslation();
  const url = absoluteLink(link);
  return (
    <Alert color="blue" title={t('referrals.link.shownOnceTitle')}>
      <Stack gap="xs">
        <Text size="sm">{t('referrals.link.shownOnce')}</Text>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label={t('referrals.link.shownOnceTitle')}
            value={url}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            style={{ flex: 1 }}
            data-testid="partner-link"
          />
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button onClick={copy} variant={copied ? 'light' : 'filled'}>
                {copied ? t('referrals.link.copied') : t('referrals.link.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
