// Every module's tables, for drizzle-kit and the typed database handle.
export * from '../modules/organizations/organizations.schema.js';
export * from '../modules/programs/programs.schema.js';
export * from '../modules/users/users.schema.js';
export * from '../modules/auth/auth.schema.js';
export * from '../modules/audit/audit.schema.js';
export * from '../modules/clients/clients.schema.js';
export * from '../modules/intakes/intakes.schema.js';
export * from '../modules/episodes/episodes.schema.js';
export * from '../modules/assessments/assessments.schema.js';
export * from '../modules/careplans/careplans.schema.js';
export * from '../modules/contacts/contacts.schema.js';
export * from '../modules/tasks/tasks.schema.js';
export * from '../modules/notifications/notifications.schema.js';
export * from '../http/idempotency.schema.js';
export * from '../modules/admin-approvals/admin-approvals.schema.js';
