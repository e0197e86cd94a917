import { noteStatus, type TimelineEntry } from '@careloop/core';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The headline of one timeline entry, in words (ids never shown). */
export function entryHeadline(e: TimelineEntry, t: Translate): string {
  switch (e.kind) {
    case 'contact': {
      const type = t(`contacts.types.${e.facts.type}`);
      return e.facts.outcome === 'completed'
        ? t('timeline.text.contact', { type, count: e.facts.durationMinutes })
        : t('timeline.text.contactFailed', { type, outcome: t(`contacts.outcomes.${e.facts.outcome}`) });
    }
    case 'note':
      return e.facts.contactType
        ? t('timeline.text.noteOnContact', { type: t(`contacts.types.${e.facts.contactType}`) })
        : t('timeline.text.note');
    case 'addendum':
      return t('timeline.text.addendum', { count: e.count });
    case 'assessment': {
      const name = t(`assessments.instruments.${e.facts.instrument}`);
      const band = e.facts.severity
        ? t(`assessments.severities.${e.facts.severity}`)
        : e.facts.riskLevel
          ? t(`assessments.riskLevels.${e.facts.riskLevel}`)
          : null;
      if (e.facts.total === null) return band ? t('timeline.text.assessmentBand', { name, band }) : name;
      return band
        ? t('timeline.text.assessmentScoreBand', { name, total: e.facts.total, band })
        : t('timeline.text.assessmentScore', { name, total: e.facts.total });
    }
    case 'needs_assessment':
      return t('timeline.text.needsAssessment');
    case 'plan_version':
      return t('timeline.text.planVersion', { n: e.facts.versionNumber });
    case 'plan_review':
      return e.facts.gasTScore === null
        ? t('timeline.text.planReview', { n: e.facts.versionNumber })
        : t('timeline.text.planReviewGas', { n: e.facts.versionNumber, score: e.facts.gasTScore.toFixed(1) });
    case 'stage_change': {
      const to = t(`care.stages.${e.facts.toStage}`);
      if (e.count > 1) return t('timeline.text.stageChanges', { program: e.facts.programName, count: e.count, to });
      return e.facts.fromStage
        ? t('timeline.text.stageChange', {
            program: e.facts.programName,
            from: t(`care.stages.${e.facts.fromStage}`),
            to,
          })
        : t('timeline.text.stageStart', { program: e.facts.programName, to });
    }
  }
}

/** Status words shown as badges next to the headline. */
export function entryBadges(e: TimelineEntry): string[] {
  switch (e.kind) {
    case 'contact':
      return [
        ...(e.facts.voided ? ['timeline.badges.voided'] : []),
        ...(e.facts.lateEntry ? ['timeline.badges.lateEntry'] : []),
        ...(e.facts.noteStatus ? [`notes.status.${e.facts.noteStatus}`] : []),
      ];
    case 'note':
      // A note entry is a signed note: a required co-sign shows as awaited, or as done.
      return [
        ...(e.facts.lateEntry ? ['timeline.badges.lateEntry'] : []),
        ...(noteStatus({ status: 'signed', ...e.facts }) === 'awaiting_cosign'
          ? ['notes.status.awaiting_cosign']
          : e.facts.cosignRequired
            ? ['timeline.badges.cosigned']
            : []),
      ];
    case 'addendum':
    case 'assessment':
    case 'needs_assessment':
    case 'plan_version':
    case 'plan_review':
    case 'stage_change':
      return [];
  }
}
