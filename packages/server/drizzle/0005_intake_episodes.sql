CREATE TABLE "program_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intakes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"source" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"urgency" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"comprehensive_due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"outcome" text,
	"outcome_reason" text,
	"closed_at" timestamp with time zone,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"date_of_birth" date,
	"phone" text,
	"email" text,
	"preferred_contact" text,
	"ok_to_leave_message" boolean DEFAULT false NOT NULL,
	"submitted_by" text,
	"submitter_name" text,
	"reason" text,
	"message" text,
	"needs" text[] DEFAULT '{}' NOT NULL,
	"referrer_name" text,
	"referrer_contact" text,
	"client_id" uuid,
	"program_id" uuid,
	"assigned_to_id" uuid,
	"first_contact_at" timestamp with time zone,
	"eligibility_decision" text,
	"eligibility_reason" text,
	"decided_at" timestamp with time zone,
	"decided_by_id" uuid,
	"episode_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_team_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"episode_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"role" text NOT NULL,
	"user_id" uuid,
	"external_name" text,
	"external_organization" text,
	"external_phone" text,
	"external_email" text,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "episode_stage_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"episode_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"reason" text,
	"changed_at" timestamp with time zone NOT NULL,
	"changed_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "episodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"intake_id" uuid,
	"stage" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"closure_reason" text,
	"closing_summary" text,
	"eligibility_decision" text,
	"eligibility_reason" text,
	"waitlisted" boolean DEFAULT false NOT NULL,
	"waitlisted_since" timestamp with time zone,
	"waitlist_note" text,
	"previous_episode_id" uuid,
	"next_episode_id" uuid,
	"handoff_accepted_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "holidays" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "crisis_line_name" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "crisis_line_phone" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "public_intake_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "cadence_min_contacts" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "cadence_window_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "face_to_face_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "face_to_face_every_days" integer;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "care_plan_review_days" integer DEFAULT 180 NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "caseload_cap" integer DEFAULT 45 NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "eligibility_notes" text;--> statement-breakpoint
ALTER TABLE "program_staff" ADD CONSTRAINT "program_staff_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_staff" ADD CONSTRAINT "program_staff_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_staff" ADD CONSTRAINT "program_staff_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_team_members" ADD CONSTRAINT "care_team_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_team_members" ADD CONSTRAINT "care_team_members_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_team_members" ADD CONSTRAINT "care_team_members_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_team_members" ADD CONSTRAINT "care_team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_team_members" ADD CONSTRAINT "care_team_members_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_stage_changes" ADD CONSTRAINT "episode_stage_changes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_stage_changes" ADD CONSTRAINT "episode_stage_changes_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_stage_changes" ADD CONSTRAINT "episode_stage_changes_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "program_staff_uq" ON "program_staff" USING btree ("program_id","user_id","role");--> statement-breakpoint
CREATE INDEX "program_staff_user_idx" ON "program_staff" USING btree ("organization_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "intakes_org_reference_uq" ON "intakes" USING btree ("organization_id","reference");--> statement-breakpoint
CREATE INDEX "intakes_open_due_idx" ON "intakes" USING btree ("organization_id","due_at") WHERE "intakes"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "intakes_client_idx" ON "intakes" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "intakes_assigned_idx" ON "intakes" USING btree ("assigned_to_id");--> statement-breakpoint
CREATE INDEX "care_team_episode_idx" ON "care_team_members" USING btree ("episode_id");--> statement-breakpoint
CREATE INDEX "care_team_user_active_idx" ON "care_team_members" USING btree ("user_id","client_id") WHERE "care_team_members"."ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "care_team_one_primary_uq" ON "care_team_members" USING btree ("episode_id") WHERE "care_team_members"."role" = 'primary_case_manager' and "care_team_members"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "episode_stage_changes_episode_idx" ON "episode_stage_changes" USING btree ("episode_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "episodes_one_open_per_program_uq" ON "episodes" USING btree ("client_id","program_id") WHERE "episodes"."stage" <> 'closed';--> statement-breakpoint
CREATE INDEX "episodes_client_idx" ON "episodes" USING btree ("organization_id","client_id");--> statement-breakpoint
CREATE INDEX "episodes_program_open_idx" ON "episodes" USING btree ("program_id") WHERE "episodes"."stage" <> 'closed';--> statement-breakpoint
-- Existing programs take the defaults of their model (CLINICAL.md §5.2; PROGRAM_DEFAULTS in core).
UPDATE "programs" SET "cadence_min_contacts" = 1, "cadence_window_days" = 30, "face_to_face_only" = false, "face_to_face_every_days" = 90, "care_plan_review_days" = 180, "caseload_cap" = 45 WHERE "model" = 'supportive';--> statement-breakpoint
UPDATE "programs" SET "cadence_min_contacts" = 2, "cadence_window_days" = 30, "face_to_face_only" = false, "face_to_face_every_days" = 30, "care_plan_review_days" = 180, "caseload_cap" = 25 WHERE "model" = 'strengths_based';--> statement-breakpoint
UPDATE "programs" SET "cadence_min_contacts" = 1, "cadence_window_days" = 14, "face_to_face_only" = false, "face_to_face_every_days" = 30, "care_plan_review_days" = 90, "caseload_cap" = 20 WHERE "model" = 'clinical';--> statement-breakpoint
UPDATE "programs" SET "cadence_min_contacts" = 1, "cadence_window_days" = 7, "face_to_face_only" = false, "face_to_face_every_days" = 14, "care_plan_review_days" = 90, "caseload_cap" = 18 WHERE "model" = 'intensive';--> statement-breakpoint
UPDATE "programs" SET "cadence_min_contacts" = 4, "cadence_window_days" = 7, "face_to_face_only" = true, "face_to_face_every_days" = 7, "care_plan_review_days" = 90, "caseload_cap" = 10 WHERE "model" = 'act';
