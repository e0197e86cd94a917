import { resolveFlagBody, type ResolveFlagBody } from '@careloop/core';

export type ResolveFlagCheck = { ok: true; body: ResolveFlagBody } | { ok: false; fields: Record<string, string> };

/** The request to clear a flag, checked by the server's own schema: nothing is sent that it would refuse. */
export function checkResolveFlag(riskAssessment: string, version: number): ResolveFlagCheck {
  const parsed = resolveFlagBody.safeParse({ riskAssessment, version });
  if (parsed.success) return { ok: true, body: parsed.data };
  return { ok: false, fields: Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])) };
}
