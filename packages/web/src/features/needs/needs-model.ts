import {
  AssessmentParticipantRoles,
  NeedDomains,
  type AssessmentParticipantRole,
  type NeedDomain,
  type NeedRating,
  type NeedsAssessmentBody,
  type NeedsAssessmentView,
} from '@careloop/core';

export interface DomainDraft {
  rating: NeedRating | null;
  clientWords: string;
  strengths: string;
}

export interface NeedsDraft {
  domains: Record<NeedDomain, DomainDraft>;
  /** Roles that took part, each with an optional name. */
  present: Partial<Record<AssessmentParticipantRole, string>>;
  clientPriorities: string;
  overallStrengths: string;
}

const isRating = (v: number | null | undefined): v is NeedRating => v === 0 || v === 1 || v === 2 || v === 3;

export function emptyDraft(): NeedsDraft {
  const domains = {} as Record<NeedDomain, DomainDraft>;
  for (const d of NeedDomains) domains[d] = { rating: null, clientWords: '', strengths: '' };
  return { domains, present: {}, clientPriorities: '', overallStrengths: '' };
}

/** A saved draft back into the form. */
export function draftFromView(view: NeedsAssessmentView): NeedsDraft {
  const draft = emptyDraft();
  for (const d of NeedDomains) {
    const entry = view.domains[d];
    if (!entry) continue;
    draft.domains[d] = {
      rating: isRating(entry.rating) ? entry.rating : null,
      clientWords: entry.clientWords ?? '',
      strengths: entry.strengths ?? '',
    };
  }
  for (const p of view.present) {
    const role = AssessmentParticipantRoles.find((r) => r === p.role);
    if (role) draft.present[role] = p.name ?? '';
  }
  draft.clientPriorities = view.clientPriorities;
  draft.overallStrengths = view.overallStrengths ?? '';
  return draft;
}

const textOrNull = (s: string) => (s.trim() ? s.trim() : null);

/** The request body; the server checks completeness (every domain rated, the client present). */
export function toBody(draft: NeedsDraft, status: NeedsAssessmentBody['status'], version?: number) {
  const domains: NeedsAssessmentBody['domains'] = {};
  for (const d of NeedDomains) {
    const e = draft.domains[d];
    domains[d] = { rating: e.rating, clientWords: textOrNull(e.clientWords), strengths: textOrNull(e.strengths) };
  }
  const present = AssessmentParticipantRoles.filter((r) => draft.present[r] !== undefined).map((role) => {
    const name = draft.present[role]?.trim();
    return name ? { role, name } : { role };
  });
  return {
    domains,
    present,
    clientPriorities: draft.clientPriorities.trim(),
    overallStrengths: textOrNull(draft.overallStrengths),
    status,
    ...(version !== undefined ? { version } : {}),
  };
}

/** Field errors of a refused save that belong to one domain (e.g. "domains.housing.rating"). */
export function domainError(fields: Record<string, string>, domain: NeedDomain): string | undefined {
  return fields[`domains.${domain}.rating`] ?? fields[`domains.${domain}`];
}

/** Most recent first: completed ones by completion, drafts by their last change. */
export function sortAssessments(items: readonly NeedsAssessmentView[]): NeedsAssessmentView[] {
  const when = (a: NeedsAssessmentView) => a.completedAt ?? a.updatedAt;
  return [...items].sort((a, b) => when(b).localeCompare(when(a)));
}
