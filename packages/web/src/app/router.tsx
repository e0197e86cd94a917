import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { RequireAuth, RequireRole } from '../components/guards.js';
import { PlaceholderPage } from '../components/placeholder-page.js';
import { UsersPage } from '../features/admin-users/users-page.js';
import { AuditPage } from '../features/audit/audit-page.js';
import { LoginPage } from '../features/auth/login-page.js';
import { ClientChartPage } from '../features/clients/chart-page.js';
import { ClientEditPage } from '../features/clients/edit-page.js';
import { ClientRegisterPage } from '../features/clients/register-page.js';
import { ClientSearchPage } from '../features/clients/search-page.js';
import { DuplicateComparePage } from '../features/duplicates/compare-page.js';
import { DuplicateQueuePage } from '../features/duplicates/queue-page.js';
import { ProgramsAdminPage } from '../features/admin-programs/programs-page.js';
import { InstrumentsAdminPage } from '../features/admin-instruments/instruments-page.js';
import { CaseloadPage } from '../features/caseload/caseload-page.js';
import { CarePlanPrintPage } from '../features/care-plan/print-page.js';
import { SupervisionPage } from '../features/caseload/supervision-page.js';
import { CosignQueuePage } from '../features/contacts/cosign-queue-page.js';
import { IntakePage } from '../features/intake/intake-page.js';
import { IntakeQueuePage } from '../features/intake/intake-queue-page.js';
import { NewIntakePage } from '../features/intake/new-intake-page.js';
import { SelfReferralPage } from '../features/self-referral/self-referral-page.js';
import { NotificationsPage } from '../features/notifications/notifications-page.js';
import { TaskDetailPage } from '../features/tasks/task-detail-page.js';
import { TasksPage } from '../features/tasks/tasks-page.js';
import { Shell } from './shell.js';

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <Title order={1}>{t('app.notFound')}</Title>
      <Text>{t('app.notFoundBody')}</Text>
    </>
  );
}

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/self-referral" element={<SelfReferralPage />} />
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
          <Route index element={<Navigate to="/caseload" replace />} />
          <Route path="caseload" element={<CaseloadPage />} />
          <Route path="tasks" element={<TasksPage />} />
          <Route path="tasks/:id" element={<TaskDetailPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
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
          <Route path="referrals" element={<PlaceholderPage titleKey="nav.referrals" />} />
          <Route path="directory" element={<PlaceholderPage titleKey="nav.directory" />} />
          <Route path="reports" element={<PlaceholderPage titleKey="nav.reports" />} />
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
    </BrowserRouter>
  );
}
