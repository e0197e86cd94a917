import { z } from 'zod';
import { ROLE_LIST } from '../auth/roles.js';
import { PROGRAM_MODEL_LIST } from './program-model.js';

/** Agency-editable settings of a program; defaults come from PROGRAM_DEFAULTS for its model. */
const settingsFields = {
  cadenceMinContacts: z.number().int().min(1, 'At least 1 contact.').max(28),
  cadenceWindowDays: z.number().int().min(1, 'At least 1 day.').max(92),
  faceToFaceOnly: z.boolean(),
  faceToFaceEveryDays: z.number().int().min(1).max(365).nullable(),
  carePlanReviewDays: z.number().int().min(7, 'At least 7 days.').max(365),
  caseloadCap: z.number().int().min(1, 'At least 1 client.').max(200),
  eligibilityNotes: z.string().trim().max(2000).nullable(),
  /** A supervisor approves each signed care plan before it takes effect. */
  planApprovalRequired: z.boolean(),
  /** Every progress note needs a supervisor's co-sign to be final. */
  noteCosignRequired: z.boolean(),
  /** Roles whose notes need a co-sign even when the whole program does not (e.g. peer specialists). */
  cosignRoles: z.array(z.enum(ROLE_LIST)).max(10),
};

export const programView = z.object({
  id: z.uuid(),
  name: z.string(),
  model: z.enum(PROGRAM_MODEL_LIST),
  active: z.boolean(),
  version: z.number().int(),
  ...settingsFields,
});
export type ProgramView = z.infer<typeof programView>;

const programSettings = z.object(settingsFields);

export const createProgramBody = z
  .object({
    name: z.string().trim().min(1, 'Enter a name.').max(120),
    model: z.enum(PROGRAM_MODEL_LIST),
  })
  .extend(programSettings.partial().shape);
export type CreateProgramBody = z.infer<typeof createProgramBody>;

export const updateProgramBody = programSettings.partial().extend({
  name: z.string().trim().min(1, 'Enter a name.').max(120).optional(),
  active: z.boolean().optional(),
  version: z.number().int().positive().optional(),
});
export type UpdateProgramBody = z.infer<typeof updateProgramBody>;
