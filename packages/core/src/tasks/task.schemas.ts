import { z } from 'zod';
import { TaskKinds } from '../assessments/assessment.schemas.js';
import { CareTeamRoles } from '../episodes/episode-fields.js';
import { TaskPriorities, TaskSources, TaskStatuses } from './task-fields.js';

const isoDateTime = z.iso.datetime({ offset: true, message: 'Use an ISO date-time, e.g. 2026-03-01T14:30:00Z.' });
const title = z.string().trim().min(1, 'Give the task a title.').max(200);
const details = z.string().trim().max(4000);
const version = z.number().int().positive().optional();

/**
 * A task about a client goes only to someone who can open the chart; to hand it to anyone else,
 * the hand-off adds them to the client's care team, in this role, for this reason.
 */
export const addToCareTeam = z
  .object({
    role: z
      .enum(CareTeamRoles)
      .refine((r) => r !== 'primary_case_manager', 'Choose a care-team role other than primary.'),
    reason: z.string().trim().min(1, 'Say why they join the care team.').max(500),
  })
  .nullable()
  .optional();
export type AddToCareTeam = z.infer<typeof addToCareTeam>;

/** `POST /api/tasks`: a hand-made task for a person or a team, about a client or about no one. */
export const createTaskBody = z
  .object({
    title,
    details: details.nullable().optional(),
    clientId: z.uuid().nullable().optional(),
    episodeId: z.uuid().nullable().optional(),
    /** A care-plan goal id (from the plan's content). */
    goalId: z.string().trim().min(1).max(100).nullable().optional(),
    assignedToId: z.uuid().nullable().optional(),
    /** A team task (e.g. the ACT shared team): anyone on the program's team may take it. */
    assignedProgramId: z.uuid().nullable().optional(),
    dueAt: isoDateTime,
    priority: z.enum(TaskPriorities).default('routine'),
    /** Repeat every N days: completing the task opens the next one. */
    recurrenceDays: z.number().int().min(1).max(366).nullable().optional(),
    addToCareTeam,
  })
  .superRefine((b, ctx) => {
    if (b.assignedToId && b.assignedProgramId) {
      ctx.addIssue({ code: 'custom', path: ['assignedProgramId'], message: 'Assign to a person or a team, not both.' });
    }
    if (!b.clientId && (b.episodeId || b.goalId)) {
      ctx.addIssue({
        code: 'custom',
        path: [b.episodeId ? 'episodeId' : 'goalId'],
        message: 'Choose the client first.',
      });
    }
  });
export type CreateTaskBody = z.infer<typeof createTaskBody>;

/** `PATCH /api/tasks/:id`: edit an open task. */
export const updateTaskBody = z
  .object({
    title: title.optional(),
    details: details.nullable().optional(),
    dueAt: isoDateTime.optional(),
    priority: z.enum(TaskPriorities).optional(),
    version,
  })
  .refine((b) => b.title !== undefined || b.details !== undefined || b.dueAt !== undefined || b.priority, {
    message: 'Change at least one field.',
    path: ['title'],
  });
export type UpdateTaskBody = z.infer<typeof updateTaskBody>;

/** `POST /api/tasks/:id/assign`: to a named colleague or to a program's team. */
export const reassignTaskBody = z
  .object({
    assignedToId: z.uuid().nullable().optional(),
    assignedProgramId: z.uuid().nullable().optional(),
    addToCareTeam,
    version,
  })
  .superRefine((b, ctx) => {
    if (Boolean(b.assignedToId) === Boolean(b.assignedProgramId)) {
      ctx.addIssue({ code: 'custom', path: ['assignedToId'], message: 'Choose a person or a team.' });
    }
  });
export type ReassignTaskBody = z.infer<typeof reassignTaskBody>;

export const cancelTaskBody = z.object({
  reason: z.string().trim().min(1, 'Say why the task is cancelled.').max(2000),
  version,
});

export const taskCommentBody = z.object({ text: z.string().trim().min(1, 'Write a comment.').max(4000) });

/** Which list: tasks assigned to me, or open team tasks of the programs I work in or supervise. */
export const TaskLists = ['mine', 'team'] as const;
export type TaskList = (typeof TaskLists)[number];

/** One row of a task list. The client's name and MRN only when the reader may open the chart. */
export const taskListItem = z.object({
  id: z.uuid(),
  kind: z.enum(TaskKinds),
  source: z.enum(TaskSources),
  title: z.string().nullable(),
  priority: z.enum(TaskPriorities),
  status: z.enum(TaskStatuses),
  dueAt: z.string(),
  overdue: z.boolean(),
  clientId: z.uuid().nullable(),
  client: z.object({ name: z.string(), mrn: z.string() }).nullable(),
  episodeId: z.uuid().nullable(),
  assignedToId: z.uuid().nullable(),
  assignedToName: z.string().nullable(),
  assignedProgramId: z.uuid().nullable(),
  assignedProgramName: z.string().nullable(),
  recurrenceDays: z.number().int().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  /** In "my tasks": the colleague whose task this is, routed to me while I cover their caseload. */
  coveringFor: z.string().nullable().optional(),
});
export type TaskListItem = z.infer<typeof taskListItem>;

export const taskListResponse = z.object({ items: z.array(taskListItem), overdueCount: z.number().int() });
export type TaskListResponse = z.infer<typeof taskListResponse>;

export const taskCommentView = z.object({
  id: z.uuid(),
  authorId: z.uuid(),
  authorName: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
});
export type TaskCommentView = z.infer<typeof taskCommentView>;

export const taskDetailView = taskListItem.extend({
  details: z.string().nullable(),
  goalId: z.string().nullable(),
  createdById: z.uuid().nullable(),
  createdByName: z.string().nullable(),
  updatedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  completedByName: z.string().nullable(),
  outcome: z.string().nullable(),
  comments: z.array(taskCommentView),
});
export type TaskDetailView = z.infer<typeof taskDetailView>;
