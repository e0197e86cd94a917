export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const PasswordProblems = {
  too_short: 'too_short',
  too_long: 'too_long',
  common: 'common',
  contains_email: 'contains_email',
} as const;
export type PasswordProblem = (typeof PasswordProblems)[keyof typeof PasswordProblems];

export interface PasswordPolicyInput {
  password: string;
  email?: string | undefined;
  /** Injected so the policy stays pure; the server backs it with the shipped common-password list. */
  isCommon: (lowercased: string) => boolean;
}

/** Returns the problems with a candidate password; an empty list means acceptable. */
export function checkPassword(input: PasswordPolicyInput): PasswordProblem[] {
  const { password, email, isCommon } = input;
  const problems: PasswordProblem[] = [];
  // Count code points, not UTF-16 units, so emoji and accents count once.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push(PasswordProblems.too_short);
  if (length > PASSWORD_MAX_LENGTH) problems.push(PasswordProblems.too_long);
  const lower = password.toLowerCase();
  if (isCommon(lower) || isCommon(lower.replace(/[\d!@#$%^&*?._-]+$/u, ''))) {
    problems.push(PasswordProblems.common);
  }
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) problems.push(PasswordProblems.contains_email);
  return problems;
}

export function describePasswordProblem(problem: PasswordProblem): string {
  switch (problem) {
    case 'too_short':
      return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
    case 'too_long':
      return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
    case 'common':
      return 'This password is too common; choose a longer, less predictable one.';
    case 'contains_email':
      return 'The password must not contain the email name.';
  }
}
