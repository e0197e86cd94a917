import { z } from 'zod';
import { InstrumentIds, WordingSources } from './instrument-types.js';

const responseOption = z.object({
  value: z.union([z.number(), z.boolean()]),
  label: z.string(),
  loincAnswer: z.string(),
});

const instrumentItem = z.object({
  code: z.string(),
  loinc: z.string(),
  text: z.string().nullable(),
  conceptLabel: z.string(),
  scored: z.boolean(),
  responseOptions: z.array(responseOption).readonly(),
  askedWhen: z.object({ itemCode: z.string(), equals: z.boolean(), description: z.string() }).nullable(),
});

/** An instrument definition as the API answers it (InstrumentDefinition, wording as loaded). */
export const instrumentDefinitionView = z.object({
  id: z.enum(InstrumentIds),
  version: z.string(),
  title: z.string(),
  stem: z.string().nullable(),
  responseOptions: z.array(responseOption).readonly(),
  items: z.array(instrumentItem).readonly(),
  panelLoinc: z.string().nullable(),
  totalLoinc: z.string().nullable(),
  riskLevelLoinc: z.string().nullable(),
  copyright: z.string(),
  embedWording: z.boolean(),
  wordingSource: z.enum(WordingSources),
});
