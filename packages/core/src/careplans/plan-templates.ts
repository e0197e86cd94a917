import type { ProgramModel } from '../programs/program-model.js';
import type { PlanGoal } from './care-plan.schemas.js';

/** A starting point staff edit into the client's own words; never saved as-is without editing. */
export interface PlanTemplate {
  id: string;
  title: string;
  models: readonly ProgramModel[];
  goal: Omit<PlanGoal, 'id' | 'objectives' | 'interventions'> & {
    objectives: Omit<PlanGoal['objectives'][number], 'id'>[];
    interventions: Omit<PlanGoal['interventions'][number], 'id'>[];
  };
}

const ALL: readonly ProgramModel[] = ['supportive', 'strengths_based', 'clinical', 'intensive', 'act'];

export const PLAN_TEMPLATES: readonly PlanTemplate[] = [
  {
    id: 'housing_stability',
    title: 'Housing stability',
    models: ALL,
    goal: {
      clientWords: '(In the client’s words) I want a place of my own that I can keep.',
      category: 'housing',
      needDomains: ['housing'],
      objectives: [{ what: 'Apply for supported housing', howMuch: 'Application submitted', byWhen: null }],
      interventions: [
        { what: 'Help complete the housing application', responsibleKind: 'team_member', frequency: 'Weekly' },
        { what: 'Gather ID and income documents', responsibleKind: 'client', frequency: null },
      ],
    },
  },
  {
    id: 'medication_support',
    title: 'Medication adherence support',
    models: ['clinical', 'intensive', 'act'],
    goal: {
      clientWords: '(In the client’s words) I want to feel steady and stay out of the hospital.',
      category: 'mental_health_treatment',
      needDomains: ['mental_health_symptoms'],
      objectives: [{ what: 'Take medication as prescribed', howMuch: '6 of 7 days', byWhen: null }],
      interventions: [
        { what: 'Medication check-ins', responsibleKind: 'team_member', frequency: 'Twice weekly' },
        { what: 'Psychiatry follow-up', responsibleKind: 'team_member', frequency: 'Monthly' },
      ],
    },
  },
  {
    id: 'employment',
    title: 'Employment',
    models: ALL,
    goal: {
      clientWords: '(In the client’s words) I want a job where people count on me.',
      category: 'rehabilitation',
      needDomains: ['employment', 'work_readiness'],
      objectives: [{ what: 'Meet with the vocational specialist', howMuch: '2 meetings', byWhen: null }],
      interventions: [
        { what: 'Supported employment (IPS) referral', responsibleKind: 'outside_service', frequency: null },
      ],
    },
  },
];

export const templatesFor = (model: ProgramModel) => PLAN_TEMPLATES.filter((t) => t.models.includes(model));
