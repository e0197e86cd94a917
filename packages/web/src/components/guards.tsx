import type { Role } from '@careloop/core';
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../app/session.js';
import { RequiredActionPage } from '../app/lazy-pages.js';
import { PageLoader } from './page-loader.js';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <PageLoader fullScreen />;
  if (!me) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  // A one-time password or a missing second factor comes first; the server refuses the rest meanwhile.
  if (me.requiredAction) return <RequiredActionPage action={me.requiredAction} />;
  return <>{children}</>;
}

export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { hasRole } = useSession();
  const { t } = useTranslation();
  if (!hasRole(...roles)) return <Text role="alert">{t('app.forbidden')}</Text>;
  return <>{children}</>;
}
