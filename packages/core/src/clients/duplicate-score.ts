import type { DobMatch } from './dob-match.js';

/**
 * Comparison features of a registration (or client) against one candidate. Similarities are
 * trigram similarities (0..1) as PostgreSQL's pg_trgm computes them; phonetic flags compare
 * double-metaphone codes. The database computes them; this function only weighs them.
 */
export interface DuplicateFeatures {
  lastNameSimilarity: number;
  lastNamePhonetic: boolean;
  firstNameSimilarity: number;
  firstNamePhonetic: boolean;
  firstNameNickname: boolean;
  /** Similarity of first<->last swapped (both directions averaged). */
  swappedSimilarity: number;
  dob: DobMatch;
  phone: boolean;
  identifier: boolean;
  email: boolean;
  address: boolean;
  sexConflict: boolean;
}

export const DuplicateReasons = {
  same_identifier: 'same_identifier',
  same_last_name: 'same_last_name',
  similar_last_name: 'similar_last_name',
  last_name_sounds_alike: 'last_name_sounds_alike',
  same_first_name: 'same_first_name',
  similar_first_name: 'similar_first_name',
  first_name_sounds_alike: 'first_name_sounds_alike',
  nickname: 'nickname',
  swapped_names: 'swapped_names',
  same_dob: 'same_dob',
  dob_day_month_swapped: 'dob_day_month_swapped',
  dob_one_digit_off: 'dob_one_digit_off',
  same_phone: 'same_phone',
  same_email: 'same_email',
  same_address: 'same_address',
  different_dob: 'different_dob',
  different_sex: 'different_sex',
} as const;
export type DuplicateReason = (typeof DuplicateReasons)[keyof typeof DuplicateReasons];
/** A queued pair waits (`open`) until an admin calls it no duplicate or merges it. */
export const DuplicatePairStatuses = ['open', 'not_duplicate', 'merged'] as const;
/** Queued because registration went ahead despite the match or a check found it; or recorded by a merge. */
export const DuplicatePairSources = ['registration_override', 'on_demand', 'merge'] as const;

export interface DuplicateScore {
  /** 0..1; at or above LIKELY_DUPLICATE_THRESHOLD registration asks for confirmation. */
  score: number;
  reasons: DuplicateReason[];
}

export const LIKELY_DUPLICATE_THRESHOLD = 0.5;

/**
 * Log-odds weights, fitted by logistic regression on synthetic duplicates (typos, nicknames, swapped
 * names, transposed or mistyped dates of birth, missing contact details) against look-alike
 * strangers, then rounded. The identifier weight is raised above the fit on purpose: a shared
 * Medicaid or state id is near-conclusive in practice even though the synthetic data never tests it.
 */
export const DUPLICATE_WEIGHTS = {
  intercept: -3.9,
  bestName: 3.7,
  firstName: 1.6,
  firstNamePhonetic: 1.4,
  nickname: 0.6,
  lastNamePhonetic: 0.25,
  dob: { exact: 1.8, transposed: 0.5, near: 0.9, different: -5, missing: 0 },
  phone: 0.8,
  email: 0.8,
  address: 0.7,
  identifier: 4,
  sexConflict: -1.6,
} as const;

function reasonsFor(f: DuplicateFeatures, swappedWins: boolean): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (f.identifier) reasons.push('same_identifier');
  if (swappedWins) reasons.push('swapped_names');
  else {
    if (f.lastNameSimilarity >= 0.999) reasons.push('same_last_name');
    else if (f.lastNameSimilarity >= 0.45) reasons.push('similar_last_name');
    if (f.lastNamePhonetic && f.lastNameSimilarity < 0.999) reasons.push('last_name_sounds_alike');
    if (f.firstNameSimilarity >= 0.999) reasons.push('same_first_name');
    else if (f.firstNameNickname) reasons.push('nickname');
    else if (f.firstNameSimilarity >= 0.4) reasons.push('similar_first_name');
    if (f.firstNamePhonetic && f.firstNameSimilarity < 0.999 && !f.firstNameNickname) {
      reasons.push('first_name_sounds_alike');
    }
  }
  switch (f.dob) {
    case 'exact':
      reasons.push('same_dob');
      break;
    case 'transposed':
      reasons.push('dob_day_month_swapped');
      break;
    case 'near':
      reasons.push('dob_one_digit_off');
      break;
    case 'different':
      reasons.push('different_dob');
      break;
    case 'missing':
      break;
  }
  if (f.phone) reasons.push('same_phone');
  if (f.email) reasons.push('same_email');
  if (f.address) reasons.push('same_address');
  if (f.sexConflict) reasons.push('different_sex');
  return reasons;
}

/** Probability-like score (0..1) that the candidate is the same person, with the reasons. */
export function scoreDuplicate(f: DuplicateFeatures): DuplicateScore {
  const w = DUPLICATE_WEIGHTS;
  const firstName = Math.max(f.firstNameSimilarity, f.firstNameNickname ? 0.9 : 0);
  const direct = f.lastNameSimilarity + firstName;
  const swapped = 2 * f.swappedSimilarity;
  const z =
    w.intercept +
    w.bestName * Math.max(direct, swapped) +
    w.firstName * firstName +
    (f.firstNamePhonetic ? w.firstNamePhonetic : 0) +
    (f.firstNameNickname ? w.nickname : 0) +
    (f.lastNamePhonetic ? w.lastNamePhonetic : 0) +
    w.dob[f.dob] +
    (f.phone ? w.phone : 0) +
    (f.email ? w.email : 0) +
    (f.address ? w.address : 0) +
    (f.identifier ? w.identifier : 0) +
    (f.sexConflict ? w.sexConflict : 0);
  const score = 1 / (1 + Math.exp(-z));
  return { score: Math.round(score * 1000) / 1000, reasons: reasonsFor(f, swapped > direct) };
}
