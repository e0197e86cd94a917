import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A page that could not be shown, most often because its code did not download (connection lost). */
export function PageLoadError() {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={t('app.pageLoadFailed')} m="md">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('app.pageLoadFailedBody')}</Text>
        {/* A failed lazy import stays failed until the document reloads. */}
        <Button onClick={() => window.location.reload()}>{t('app.reload')}</Button>
      </Stack>
    </Alert>
  );
}
