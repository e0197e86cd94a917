import type { Urgency } from '../time/timeliness.js';

/**
 * Words a person in crisis writes. Deliberately broad (a false alarm costs a phone call; a miss
 * can cost a life) and matched on whole words after folding case and accents. English and
 * Spanish, the languages the public form is offered in.
 */
const CRISIS_PATTERNS: readonly RegExp[] = [
  /\bsuicid\w*/,
  /\bkill(ing)? my ?self\b/,
  /\bend(ing)? (my (own )?life|it all)\b/,
  /\b(want|wanted|going|ready) to die\b/,
  /\bbetter off dead\b/,
  /\b(hurt|harm|cut)(t?ing)? my ?self\b/,
  /\bself[- ]harm\w*/,
  /\boverdos\w*/,
  /\bno (reason|point) (to|in) (live|living|go on)\b/,
  /\bcan'?t go on\b/,
  /\b(shoot|hang) my ?self\b/,
  /\bquitarme la vida\b/,
  /\b(matarme|suicidarme)\b/,
  /\bquiero morir(me)?\b/,
  /\bhacerme dano\b/,
];

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’`]/g, "'");
}

/** True when the text reads like a crisis. Pure, and never logged (the text itself is PHI). */
export function hasCrisisLanguage(text: string | null | undefined): boolean {
  if (!text) return false;
  const folded = fold(text);
  return CRISIS_PATTERNS.some((re) => re.test(folded));
}

export const EmergentReasons = ['not_safe_now', 'crisis_need', 'crisis_language', 'risk_on_screen'] as const;
export type EmergentReason = (typeof EmergentReasons)[number];

export interface FrontDoorAnswers {
  /** "Are you safe right now?" — null when not answered. */
  safeNow: boolean | null | undefined;
  needs: readonly string[];
  message: string | null | undefined;
}

/**
 * CCBHC §5.3: an emergency or crisis need gets an immediate response. Any one sign makes a
 * self-referral emergent; the reasons are kept so the coordinator sees why.
 */
export function selfReferralTriage(a: FrontDoorAnswers): { urgency: Urgency; reasons: EmergentReason[] } {
  const reasons: EmergentReason[] = [];
  if (a.safeNow === false) reasons.push('not_safe_now');
  if (a.needs.includes('crisis_response')) reasons.push('crisis_need');
  if (hasCrisisLanguage(a.message)) reasons.push('crisis_language');
  return { urgency: reasons.length > 0 ? 'emergent' : 'routine', reasons };
}
