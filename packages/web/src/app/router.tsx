import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { RequireRole } from '../components/guards.js';
import { HomeRedirect } from '../components/home-redirect.js';
import { PageBoundary } from '../components/page-boundary.js';
import { PageLoader } from '../components/page-loader.js';
import { LoginPage } from '../features/auth/login-page.js';
import {
  AccountPage,
  ApprovalsPage,
  AuditPage,
  CarePlanPrintPage,
  CaseloadPage,
  ClientChartPage,
  ClientEditPage,
  ClientRegisterPage,
  ClientSearchPage,
  CosignQueuePage,
  DirectoryImportPage,
  DirectoryPage,
  OnCallPage,
  CrisisViewPage,
  DuplicateComparePage,
  DuplicateQueuePage,
  InstrumentsAdminPage,
  IntakePage,
  IntakeQueuePage,
  NewIntakePage,
  NotificationsPage,
  PartnerReferralPage,
  ProgramsAdminPage,
  ReferralSettingsPage,
  CrisisSettingsPage,
  ReferralsBoardPage,
  ReportsPage,
  PostDischargePage,
  RequiredActionPage,
  SelfReferralPage,
  ServiceDetailPage,
  ServiceFormPage,
  SupervisionPage,
  TaskDetailPage,
  TasksPage,
  UsersPage,
} from './lazy-pages.js';
import { useSession } from '../lib/session.js';
import { Shell } from './shell.js';

/** Signed in, with no required action pending; otherwise sign-in or that action's page. */
function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <PageLoader fullScreen />;
  if (!me) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  // A one-time password or a missing second factor comes first; the server refuses the rest meanwhile.
  if (me.requiredAction) return <RequiredActionPage action={me.requiredAction} />;
  return <>{children}</>;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <Title order={1}>{t('app.notFound')}</Title>
      <Text>{t('app.notFoundBody')}</Text>
    </>
  );
}

// Pages outside the shell (self-referral, print) load here; the shell has its own boundary.
function TopLevelRoutes() {
  const location = useLocation();
  return (
    <PageBoundary resetKey={location.pathname} fullScreen>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/self-referral" element={<SelfReferralPage />} />
        {/* The receiving provider answers a referral: no sign-in, the link's token is the key. */}
        <Route path="/partner/referrals/:token" element={<PartnerReferralPage />} />
        {/* The client's printable copy: signed in, but without the navigation chrome. */}
        <Route
          path="/clients/:id/care-plans/:planId/print"
          element={
            <RequireAuth>
              <CarePlanPrintPage />
            </RequireAuth>
          }
        />
        <Route
          element={
            <RequireAuth>
              <Shell />
            </RequireAuth>
          }
        >
          <Route index element={<HomeRedirect />} />
          <Route path="caseload" element={<CaseloadPage />} />
          <Route path="tasks" element={<TasksPage />} />
          <Route path="tasks/:id" element={<TaskDetailPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route
            path="supervision"
            element={
              <RequireRole roles={['supervisor']}>
                <SupervisionPage />
              </RequireRole>
            }
          />
          <Route
            path="cosign"
            element={
              <RequireRole roles={['supervisor']}>
                <CosignQueuePage />
              </RequireRole>
            }
          />
          <Route path="clients" element={<ClientSearchPage />} />
          <Route path="clients/new" element={<ClientRegisterPage />} />
          <Route path="clients/:id" element={<ClientChartPage />} />
          <Route path="clients/:id/edit" element={<ClientEditPage />} />
          <Route
            path="intake"
            element={
              <RequireRole roles={['intake_coordinator', 'supervisor']}>
                <IntakeQueuePage />
              </RequireRole>
            }
          />
          <Route
            path="intake/new"
            element={
              <RequireRole roles={['intake_coordinator', 'supervisor']}>
                <NewIntakePage />
              </RequireRole>
            }
          />
          <Route
            path="intake/:id"
            element={
              <RequireRole roles={['intake_coordinator', 'supervisor']}>
                <IntakePage />
              </RequireRole>
            }
          />
          <Route path="referrals" element={<ReferralsBoardPage />} />
          <Route path="directory" element={<DirectoryPage />} />
          <Route path="on-call" element={<OnCallPage />} />
          <Route path="on-call/clients/:id" element={<CrisisViewPage />} />
          <Route path="directory/services/:id" element={<ServiceDetailPage />} />
          <Route
            path="directory/services/:id/edit"
            element={
              <RequireRole roles={['admin', 'directory_editor']}>
                <ServiceFormPage />
              </RequireRole>
            }
          />
          <Route
            path="directory/new"
            element={
              <RequireRole roles={['admin', 'directory_editor']}>
                <ServiceFormPage />
              </RequireRole>
            }
          />
          <Route
            path="directory/import"
            element={
              <RequireRole roles={['admin', 'directory_editor']}>
                <DirectoryImportPage />
              </RequireRole>
            }
          />
          <Route
            path="reports"
            element={
              <RequireRole roles={['supervisor', 'admin']}>
                <ReportsPage />
              </RequireRole>
            }
          />
          <Route
            path="post-discharge"
            element={
              <RequireRole roles={['supervisor', 'admin']}>
                <PostDischargePage />
              </RequireRole>
            }
          />
          <Route
            path="admin/users"
            element={
              <RequireRole roles={['admin']}>
                <UsersPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/programs"
            element={
              <RequireRole roles={['admin']}>
                <ProgramsAdminPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/instruments"
            element={
              <RequireRole roles={['admin']}>
                <InstrumentsAdminPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/crisis-settings"
            element={
              <RequireRole roles={['admin', 'supervisor']}>
                <CrisisSettingsPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/referral-settings"
            element={
              <RequireRole roles={['admin', 'supervisor']}>
                <ReferralSettingsPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/duplicates"
            element={
              <RequireRole roles={['admin']}>
                <DuplicateQueuePage />
              </RequireRole>
            }
          />
          <Route
            path="admin/duplicates/compare"
            element={
              <RequireRole roles={['admin']}>
                <DuplicateComparePage />
              </RequireRole>
            }
          />
          <Route
            path="admin/approvals"
            element={
              <RequireRole roles={['admin', 'privacy_officer']}>
                <ApprovalsPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/audit"
            element={
              <RequireRole roles={['admin', 'privacy_officer']}>
                <AuditPage />
              </RequireRole>
            }
          />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </PageBoundary>
  );
}

export function AppRoutes() {
  return (
    <BrowserRouter>
      <TopLevelRoutes />
    </BrowserRouter>
  );
}
