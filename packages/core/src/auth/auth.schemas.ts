import { z } from 'zod';
import { DISCIPLINE_LIST, ROLE_LIST } from './roles.js';
import { PASSWORD_MAX_LENGTH } from './password-policy.js';
import { SignInRestrictions } from './sign-in-guard.js';

const email = z
  .email({ message: 'Enter a valid email address.' })
  .max(254)
  .transform((s) => s.trim().toLowerCase());

export const loginBody = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').max(254),
  password: z
    .string()
    .min(1, 'Enter your password.')
    .max(PASSWORD_MAX_LENGTH * 4),
});
export type LoginBody = z.infer<typeof loginBody>;

export const sessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLE_LIST)),
  discipline: z.enum(DISCIPLINE_LIST).nullable(),
  organizationId: z.uuid(),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const signedInResponse = z.object({
  user: sessionUser,
  csrfToken: z.string(),
  session: z.object({ idleExpiresAt: z.string(), absoluteExpiresAt: z.string() }),
});
export type SignedInResponse = z.infer<typeof signedInResponse>;

/** The password was right and the account has MFA on: the session waits for `/api/auth/mfa/verify`. */
export const mfaChallengeResponse = z.object({ mfaRequired: z.literal(true), csrfToken: z.string() });
export type MfaChallengeResponse = z.infer<typeof mfaChallengeResponse>;

export const loginResponse = z.union([signedInResponse, mfaChallengeResponse]);
export type LoginResponse = z.infer<typeof loginResponse>;

const signInRestriction = z.enum([
  SignInRestrictions.password_change_required,
  SignInRestrictions.mfa_enrollment_required,
]);

/** A TOTP code (6 digits) or one of the recovery codes. */
export const mfaCodeBody = z.object({ code: z.string().trim().min(1, 'Enter the code.').max(64) });
export type MfaCodeBody = z.infer<typeof mfaCodeBody>;

export const totpSetupResponse = z.object({ secret: z.string(), otpauthUrl: z.string() });
export type TotpSetupResponse = z.infer<typeof totpSetupResponse>;

/** Shown once: only their hashes are kept. */
export const totpEnableResponse = z.object({ ok: z.literal(true), recoveryCodes: z.array(z.string()) });
export type TotpEnableResponse = z.infer<typeof totpEnableResponse>;

export const changePasswordBody = z.object({
  currentPassword: z
    .string()
    .min(1, 'Enter your current password.')
    .max(PASSWORD_MAX_LENGTH * 4),
  newPassword: z.string().max(PASSWORD_MAX_LENGTH * 4),
});
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

/** One of your sessions; never its token. */
export const sessionView = z.object({
  id: z.uuid(),
  current: z.boolean(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
});
export type SessionView = z.infer<typeof sessionView>;
export const sessionListResponse = z.object({ items: z.array(sessionView) });
export type SessionListResponse = z.infer<typeof sessionListResponse>;

export const meResponse = sessionUser.extend({
  csrfToken: z.string(),
  organization: z.object({ id: z.uuid(), name: z.string(), timeZone: z.string() }),
  session: z.object({ idleExpiresAt: z.string(), absoluteExpiresAt: z.string(), idleTimeoutSeconds: z.number() }),
  /** Set while the user must change a one-time password or enrol in MFA before anything else. */
  requiredAction: signInRestriction.nullable(),
  mfaEnabled: z.boolean(),
});
export type MeResponse = z.infer<typeof meResponse>;

/**
 * The session probe: 200 whether or not anyone is signed in, so public pages (sign-in, self-referral)
 * never log a failed request. `/api/auth/me` keeps answering 401 when signed out.
 */
export const sessionResponse = z.discriminatedUnion('signedIn', [
  z.object({ signedIn: z.literal(false) }),
  z.object({ signedIn: z.literal(true), me: meResponse }),
]);
export type SessionResponse = z.infer<typeof sessionResponse>;

export const userView = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLE_LIST)),
  discipline: z.enum(DISCIPLINE_LIST).nullable(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type UserView = z.infer<typeof userView>;

export const createUserBody = z.object({
  email,
  name: z.string().trim().min(1, 'Enter a name.').max(200),
  roles: z.array(z.enum(ROLE_LIST)).min(1, 'Choose at least one role.'),
  discipline: z.enum(DISCIPLINE_LIST).nullable().optional(),
  password: z.string().max(PASSWORD_MAX_LENGTH * 4),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

export const updateUserBody = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(200).optional(),
  roles: z.array(z.enum(ROLE_LIST)).min(1, 'Choose at least one role.').optional(),
  discipline: z.enum(DISCIPLINE_LIST).nullable().optional(),
  active: z.boolean().optional(),
  version: z.number().int().positive().optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const resetPasswordBody = z.object({
  password: z.string().max(PASSWORD_MAX_LENGTH * 4),
});
export type ResetPasswordBody = z.infer<typeof resetPasswordBody>;

export const idParams = z.object({ id: z.uuid({ message: 'Must be a UUID.' }) });
