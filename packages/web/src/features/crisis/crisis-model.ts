import {
  CrisisActions,
  CrisisTriggers,
  type CreateCrisisEventBody,
  type CrisisAction,
  type CrisisDisposition,
  type CrisisRiskLevel,
  type CrisisTrigger,
} from '@careloop/core';
import { fromWallTime } from '../../lib/wall-time.js';

export interface CrisisForm {
  occurredAt: string;
  triggers: CrisisTrigger[];
  actions: CrisisAction[];
  disposition: CrisisDisposition | null;
  riskObserved: CrisisRiskLevel | null;
  respondedByIds: string[];
  otherResponders: string;
  location: string;
  summary: string;
}

export const emptyCrisisForm = (wallNow: string, meId: string): CrisisForm => ({
  occurredAt: wallNow,
  triggers: [],
  actions: [],
  disposition: null,
  riskObserved: null,
  respondedByIds: [meId],
  otherResponders: '',
  location: '',
  summary: '',
});

const isTrigger = (v: string): v is CrisisTrigger => (CrisisTriggers as readonly string[]).includes(v);
const isAction = (v: string): v is CrisisAction => (CrisisActions as readonly string[]).includes(v);

/** Checkbox group values back to the vocabulary (unknown values dropped). */
export const toTriggers = (values: readonly string[]): CrisisTrigger[] => values.filter(isTrigger);
export const toActions = (values: readonly string[]): CrisisAction[] => values.filter(isAction);

/**
 * The request body from the form; the wall time is read in the agency's zone. A blank disposition
 * or a malformed time is sent as is, so the server names the field (one set of messages).
 */
export function crisisBody(form: CrisisForm, timeZone: string): CreateCrisisEventBody {
  const blank = (s: string) => (s.trim() ? s.trim() : null);
  return {
    occurredAt: fromWallTime(form.occurredAt, timeZone) ?? form.occurredAt,
    triggers: form.triggers,
    actions: form.actions,
    disposition: (form.disposition ?? '') as CrisisDisposition,
    riskObserved: form.riskObserved,
    respondedByIds: form.respondedByIds,
    otherResponders: blank(form.otherResponders),
    location: blank(form.location),
    summary: form.summary,
  };
}
