import { z } from 'zod';
import { ROLE_LIST } from '../auth/roles.js';
import { isoDate } from '../clients/client.schemas.js';

/** Agency settings used by intake: the business calendar and the crisis line shown to the public. */
export const orgSettingsView = z.object({
  id: z.uuid(),
  name: z.string(),
  timeZone: z.string(),
  holidays: z.array(z.string()),
  crisisLineName: z.string().nullable(),
  crisisLinePhone: z.string().nullable(),
  publicIntakeEnabled: z.boolean(),
  /** The progress-note format the agency writes (DAP or SOAP). */
  noteFormat: z.enum(['dap', 'soap']),
  /** Roles that must sign in with a second factor (TOTP). */
  mfaRequiredRoles: z.array(z.enum(ROLE_LIST)),
  version: z.number().int(),
});
export type OrgSettingsView = z.infer<typeof orgSettingsView>;

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const updateOrgSettingsBody = z.object({
  timeZone: z.string().trim().max(64).refine(isTimeZone, 'Not a known time zone (e.g. America/Chicago).').optional(),
  holidays: z.array(isoDate).max(60).optional(),
  crisisLineName: z
    .string()
    .trim()
    .max(120)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional(),
  crisisLinePhone: z
    .string()
    .trim()
    .max(40)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional(),
  publicIntakeEnabled: z.boolean().optional(),
  noteFormat: z.enum(['dap', 'soap']).optional(),
  mfaRequiredRoles: z
    .array(z.enum(ROLE_LIST))
    .max(ROLE_LIST.length)
    .transform((roles) => [...new Set(roles)])
    .optional(),
  version: z.number().int().positive().optional(),
});
export type UpdateOrgSettingsBody = z.infer<typeof updateOrgSettingsBody>;

/** What the public self-referral page may show: no data beyond the agency's crisis resources. */
export const publicResourcesView = z.object({
  organizationName: z.string(),
  crisisLineName: z.string().nullable(),
  crisisLinePhone: z.string().nullable(),
  /** The national Suicide & Crisis Lifeline (call or text). */
  nationalCrisisLine: z.literal('988'),
});
export type PublicResourcesView = z.infer<typeof publicResourcesView>;
