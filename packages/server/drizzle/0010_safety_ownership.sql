ALTER TABLE "intakes" ADD COLUMN "safe_now" boolean;--> statement-breakpoint
ALTER TABLE "intakes" ADD COLUMN "safe_contact_note" text;--> statement-breakpoint
ALTER TABLE "intakes" ADD COLUMN "preferred_language" text;--> statement-breakpoint
ALTER TABLE "intakes" ADD COLUMN "emergent_reasons" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "intakes" ADD COLUMN "first_contact_screen" jsonb;--> statement-breakpoint
ALTER TABLE "care_team_members" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "episodes" ADD COLUMN "handoff_accepted_by_id" uuid;--> statement-breakpoint
ALTER TABLE "episodes" ADD COLUMN "closure_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "episodes" ADD COLUMN "closure_requested_by_id" uuid;--> statement-breakpoint
ALTER TABLE "episodes" ADD COLUMN "closure_request_summary" text;--> statement-breakpoint
ALTER TABLE "episodes" ADD COLUMN "closure_signed_off_by_id" uuid;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_handoff_accepted_by_id_users_id_fk" FOREIGN KEY ("handoff_accepted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_closure_requested_by_id_users_id_fk" FOREIGN KEY ("closure_requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_closure_signed_off_by_id_users_id_fk" FOREIGN KEY ("closure_signed_off_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_tasks_open_episode_idx" ON "care_tasks" USING btree ("episode_id") WHERE "care_tasks"."status" = 'open';--> statement-breakpoint
-- Task status codes follow the API contract ('completed', as in the FHIR Task vocabulary).
UPDATE "care_tasks" SET "status" = 'completed' WHERE "status" = 'done';--> statement-breakpoint
-- Open safety tasks raised before tasks had owners belong to the person who gave the instrument.
UPDATE "care_tasks" t SET "assigned_to_id" = r."signed_by_id", "episode_id" = coalesce(t."episode_id", r."episode_id"), "version" = t."version" + 1
FROM "instrument_results" r
WHERE t."source_result_id" = r."id" AND t."status" = 'open' AND t."source" = 'safety_rule'
  AND t."assigned_to_id" IS NULL AND t."assigned_program_id" IS NULL;--> statement-breakpoint
-- ... and to the client's open episode, when the result named none.
UPDATE "care_tasks" t SET "episode_id" = (
  SELECT e."id" FROM "episodes" e WHERE e."client_id" = t."client_id" AND e."stage" <> 'closed' ORDER BY e."opened_at" DESC LIMIT 1)
WHERE t."status" = 'open' AND t."source" = 'safety_rule' AND t."episode_id" IS NULL;--> statement-breakpoint
-- A C-SSRS task already answered by a complete C-SSRS given after it was raised is closed.
UPDATE "care_tasks" t SET "status" = 'completed', "outcome" = 'Answered by a C-SSRS screen already on record.',
  "completed_at" = now(), "version" = t."version" + 1
WHERE t."status" = 'open' AND t."kind" = 'cssrs_screen' AND EXISTS (
  SELECT 1 FROM "instrument_results" r
  WHERE r."client_id" = t."client_id" AND r."instrument" = 'cssrs_screen' AND r."complete" AND r."signed_at" >= t."created_at");
