import { z } from 'zod';
import { PROGRAM_MODEL_LIST } from './program-model.js';

export const programView = z.object({
  id: z.uuid(),
  name: z.string(),
  model: z.enum(PROGRAM_MODEL_LIST),
  active: z.boolean(),
  version: z.number().int(),
});
export type ProgramView = z.infer<typeof programView>;
