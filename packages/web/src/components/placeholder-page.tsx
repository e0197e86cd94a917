import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The slot of a module that arrives in a later release. */
export function PlaceholderPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={1} mb="md">
        {t(titleKey)}
      </Title>
      <Text>{t('app.comingSoon')}</Text>
    </>
  );
}
