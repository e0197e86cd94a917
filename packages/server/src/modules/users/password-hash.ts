import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

// OWASP argon2id baseline (m=19 MiB, t=2, p=1); @node-rs/argon2 defaults to argon2id.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Verify against a throwaway hash so unknown emails take as long as wrong passwords. */
export async function burnVerifyTime(password: string): Promise<void> {
  dummy ??= hashPassword('careloop-timing-equaliser');
  await verifyPassword(await dummy, password);
}

/** The common-password list shipped with the project (zxcvbn-ts common dictionary, ~49k entries). */
export function commonPasswordChecker(): (lowercased: string) => boolean {
  const set = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return (candidate) => set.has(candidate);
}
