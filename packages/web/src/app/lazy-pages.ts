import { lazyNamed as page } from '../lib/lazy-named.js';

// Every page but sign-in loads on demand: the first load carries only the shell, sign-in and the
// session, and heavy libraries (charts, drag and drop) arrive with the pages that use them.

export const CaseloadPage = page(() => import('../features/caseload/caseload-page.js'), 'CaseloadPage');
export const SupervisionPage = page(() => import('../features/caseload/supervision-page.js'), 'SupervisionPage');
export const TasksPage = page(() => import('../features/tasks/tasks-page.js'), 'TasksPage');
export const TaskDetailPage = page(() => import('../features/tasks/task-detail-page.js'), 'TaskDetailPage');
export const NotificationsPage = page(
  () => import('../features/notifications/notifications-page.js'),
  'NotificationsPage',
);
export const CosignQueuePage = page(() => import('../features/contacts/cosign-queue-page.js'), 'CosignQueuePage');
export const ClientSearchPage = page(() => import('../features/clients/search-page.js'), 'ClientSearchPage');
export const ClientRegisterPage = page(() => import('../features/clients/register-page.js'), 'ClientRegisterPage');
export const ClientChartPage = page(() => import('../features/clients/chart-page.js'), 'ClientChartPage');
export const ClientEditPage = page(() => import('../features/clients/edit-page.js'), 'ClientEditPage');
export const CarePlanPrintPage = page(() => import('../features/care-plan/print-page.js'), 'CarePlanPrintPage');
export const IntakeQueuePage = page(() => import('../features/intake/intake-queue-page.js'), 'IntakeQueuePage');
export const NewIntakePage = page(() => import('../features/intake/new-intake-page.js'), 'NewIntakePage');
export const IntakePage = page(() => import('../features/intake/intake-page.js'), 'IntakePage');
export const UsersPage = page(() => import('../features/admin-users/users-page.js'), 'UsersPage');
export const ProgramsAdminPage = page(() => import('../features/admin-programs/programs-page.js'), 'ProgramsAdminPage');
export const InstrumentsAdminPage = page(
  () => import('../features/admin-instruments/instruments-page.js'),
  'InstrumentsAdminPage',
);
export const DuplicateQueuePage = page(() => import('../features/duplicates/queue-page.js'), 'DuplicateQueuePage');
export const DuplicateComparePage = page(
  () => import('../features/duplicates/compare-page.js'),
  'DuplicateComparePage',
);
export const ApprovalsPage = page(() => import('../features/admin-approvals/approvals-page.js'), 'ApprovalsPage');
export const AuditPage = page(() => import('../features/audit/audit-page.js'), 'AuditPage');
export const SelfReferralPage = page(
  () => import('../features/self-referral/self-referral-page.js'),
  'SelfReferralPage',
);
export const AccountPage = page(() => import('../features/auth/account-page.js'), 'AccountPage');
export const RequiredActionPage = page(() => import('../features/auth/required-action-page.js'), 'RequiredActionPage');
export const ReferralsBoardPage = page(
  () => import('../features/referrals/referrals-board-page.js'),
  'ReferralsBoardPage',
);
export const ReferralSettingsPage = page(
  () => import('../features/referrals/referral-settings-page.js'),
  'ReferralSettingsPage',
);
export const PartnerReferralPage = page(
  () => import('../features/partner/partner-referral-page.js'),
  'PartnerReferralPage',
);
export const DirectoryPage = page(() => import('../features/directory/directory-page.js'), 'DirectoryPage');
export const ServiceDetailPage = page(
  () => import('../features/directory/service-detail-page.js'),
  'ServiceDetailPage',
);
export const ServiceFormPage = page(() => import('../features/directory/service-form-page.js'), 'ServiceFormPage');
export const DirectoryImportPage = page(() => import('../features/directory/import-page.js'), 'DirectoryImportPage');
export const ReportsPage = page(() => import('../features/reports/reports-page.js'), 'ReportsPage');
export const OnCallPage = page(() => import('../features/on-call/on-call-page.js'), 'OnCallPage');
export const CrisisViewPage = page(() => import('../features/on-call/crisis-view-page.js'), 'CrisisViewPage');
export const PostDischargePage = page(
  () => import('../features/hospitalizations/post-discharge-page.js'),
  'PostDischargePage',
);
export const CrisisSettingsPage = page(
  () => import('../features/admin-crisis-settings/crisis-settings-page.js'),
  'CrisisSettingsPage',
);
