import type { Role } from '@careloop/core';
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../lib/session.js';

export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { hasRole } = useSession();
  const { t } = useTranslation();
  if (!hasRole(...roles)) return <Text role="alert">{t('app.forbidden')}</Text>;
  return <>{children}</>;
}
