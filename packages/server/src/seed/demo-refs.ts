import type { ProgramModel, Role } from '@careloop/core';

/** The demo organisation's ids that each part of the seed builds on. */
export interface DemoRefs {
  organizationId: string;
  timeZone: string;
  users: Record<Role, string>;
  programs: Record<ProgramModel, string>;
}
