import { adminApprovalsEndpoints } from './admin-approvals.endpoints.js';
import { advocacyEndpoints } from './advocacy.endpoints.js';
import { assessmentsEndpoints } from './assessments.endpoints.js';
import { auditEndpoints } from './audit.endpoints.js';
import { authEndpoints } from './auth.endpoints.js';
import { carePlansEndpoints } from './careplans.endpoints.js';
import { caseloadEndpoints } from './caseload.endpoints.js';
import { clientsEndpoints } from './clients.endpoints.js';
import { contactsEndpoints } from './contacts.endpoints.js';
import { coverageEndpoints } from './coverage.endpoints.js';
import { crisisEndpoints } from './crisis.endpoints.js';
import { directoryEndpoints } from './directory.endpoints.js';
import { engagementEndpoints } from './engagement.endpoints.js';
import { episodesEndpoints } from './episodes.endpoints.js';
import { hospitalizationsEndpoints } from './hospitalizations.endpoints.js';
import { intakesEndpoints } from './intakes.endpoints.js';
import { notificationsEndpoints } from './notifications.endpoints.js';
import { organizationsEndpoints } from './organizations.endpoints.js';
import { programsEndpoints } from './programs.endpoints.js';
import { publicEndpoints } from './public.endpoints.js';
import { partnerEndpoints, referralsEndpoints } from './referrals.endpoints.js';
import { safetyPlansEndpoints } from './safety-plans.endpoints.js';
import { tasksEndpoints } from './tasks.endpoints.js';
import { timelineEndpoints } from './timeline.endpoints.js';
import { transitionsEndpoints } from './transitions.endpoints.js';
import { unmetNeedsEndpoints } from './unmet-needs.endpoints.js';
import { usersEndpoints } from './users.endpoints.js';

/** Every endpoint the web calls, by area: the one table the server routes and the web's `call` read. */
export const endpoints = {
  adminApprovals: adminApprovalsEndpoints,
  advocacy: advocacyEndpoints,
  assessments: assessmentsEndpoints,
  audit: auditEndpoints,
  auth: authEndpoints,
  carePlans: carePlansEndpoints,
  caseload: caseloadEndpoints,
  clients: clientsEndpoints,
  contacts: contactsEndpoints,
  coverage: coverageEndpoints,
  crisis: crisisEndpoints,
  directory: directoryEndpoints,
  engagement: engagementEndpoints,
  episodes: episodesEndpoints,
  hospitalizations: hospitalizationsEndpoints,
  intakes: intakesEndpoints,
  notifications: notificationsEndpoints,
  organizations: organizationsEndpoints,
  partner: partnerEndpoints,
  programs: programsEndpoints,
  public: publicEndpoints,
  referrals: referralsEndpoints,
  safetyPlans: safetyPlansEndpoints,
  tasks: tasksEndpoints,
  timeline: timelineEndpoints,
  transitions: transitionsEndpoints,
  unmetNeeds: unmetNeedsEndpoints,
  users: usersEndpoints,
};
