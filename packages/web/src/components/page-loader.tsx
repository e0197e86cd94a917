import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while the session or a page's code loads; `status` gives the label a role that may carry it. */
export function PageLoader({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center h={fullScreen ? '100vh' : 200}>
      <Loader role="status" aria-label={t('app.loading')} />
    </Center>
  );
}
