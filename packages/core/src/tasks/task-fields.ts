/** Task vocabulary shared by the safety rules, the follow-up sweeps and hand-made tasks. */

/** Low and high were added with hand-made tasks; the rules still raise routine and urgent. */
export const TaskPriorities = ['low', 'routine', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TaskPriorities)[number];

export const TaskStatuses = ['open', 'completed', 'cancelled'] as const;
export type TaskStatus = (typeof TaskStatuses)[number];

/** Who raised the task: a person, or one of the rules (whose `source_key` keeps it from repeating). */
export const TaskSources = [
  'manual',
  'safety_rule',
  'cadence',
  'engagement',
  'plan_review',
  'in_reach',
  'referral',
  'directory',
  'advocacy',
  'crisis',
  'hospitalization',
  'transition',
  'safety_plan',
] as const;
export type TaskSource = (typeof TaskSources)[number];

/** How far ahead the plan-review rule raises a task for a review coming due. */
export const PLAN_REVIEW_TASK_WINDOW_DAYS = 7;
