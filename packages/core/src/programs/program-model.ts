/** Levels of case management, least to most intensive (DESIGN.md §1). */
export const ProgramModels = {
  supportive: 'supportive',
  strengths_based: 'strengths_based',
  clinical: 'clinical',
  intensive: 'intensive',
  act: 'act',
} as const;
export type ProgramModel = (typeof ProgramModels)[keyof typeof ProgramModels];
export const PROGRAM_MODEL_LIST = Object.values(ProgramModels) as [ProgramModel, ...ProgramModel[]];
