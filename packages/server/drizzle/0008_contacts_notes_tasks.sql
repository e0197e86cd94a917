CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"episode_id" uuid,
	"type" text NOT NULL,
	"outcome" text DEFAULT 'completed' NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"location" text,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"goal_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"intervention_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"services" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"billing" jsonb,
	"author_id" uuid NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"late_entry" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"voided_at" timestamp with time zone,
	"voided_by_id" uuid,
	"void_reason" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "note_addenda" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"note_id" uuid NOT NULL,
	"text" text NOT NULL,
	"author_id" uuid NOT NULL,
	"signed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"episode_id" uuid,
	"contact_id" uuid,
	"kind" text DEFAULT 'progress' NOT NULL,
	"format" text NOT NULL,
	"body" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"signed_by_id" uuid,
	"signed_at" timestamp with time zone,
	"late_entry" boolean DEFAULT false NOT NULL,
	"cosign_required" boolean DEFAULT false NOT NULL,
	"cosigned_by_id" uuid,
	"cosigned_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"client_id" uuid,
	"entity_type" text,
	"entity_id" uuid,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "care_plans_one_draft_uq";--> statement-breakpoint
ALTER TABLE "care_tasks" ALTER COLUMN "client_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "note_format" text DEFAULT 'dap' NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "plan_approval_required" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "note_cosign_required" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "cosign_roles" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "episodes" ADD COLUMN "whereabouts" text DEFAULT 'community' NOT NULL;--> statement-breakpoint
ALTER TABLE "episodes" ADD COLUMN "whereabouts_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "care_tasks" ADD COLUMN "episode_id" uuid;--> statement-breakpoint
ALTER TABLE "care_tasks" ADD COLUMN "goal_id" text;--> statement-breakpoint
ALTER TABLE "care_tasks" ADD COLUMN "referral_id" uuid;--> statement-breakpoint
ALTER TABLE "care_tasks" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "care_tasks" ADD COLUMN "details" text;--> statement-breakpoint
ALTER TABLE "care_tasks" ADD COLUMN "assigned_program_id" uuid;--> statement-breakpoint
ALTER TABLE "care_tasks" ADD COLUMN "source" text DEFAULT 'safety_rule' NOT NULL;--> statement-breakpoint
ALTER TABLE "care_tasks" ADD COLUMN "source_key" text;--> statement-breakpoint
ALTER TABLE "care_tasks" ADD COLUMN "recurrence_days" integer;--> statement-breakpoint
ALTER TABLE "care_tasks" ADD COLUMN "created_by_id" uuid;--> statement-breakpoint
ALTER TABLE "care_tasks" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "care_plans" ADD COLUMN "approved_by_id" uuid;--> statement-breakpoint
ALTER TABLE "care_plans" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "care_plans" ADD COLUMN "returned_by_id" uuid;--> statement-breakpoint
ALTER TABLE "care_plans" ADD COLUMN "returned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "care_plans" ADD COLUMN "return_reason" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_voided_by_id_users_id_fk" FOREIGN KEY ("voided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_addenda" ADD CONSTRAINT "note_addenda_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_addenda" ADD CONSTRAINT "note_addenda_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_addenda" ADD CONSTRAINT "note_addenda_note_id_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_addenda" ADD CONSTRAINT "note_addenda_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_signed_by_id_users_id_fk" FOREIGN KEY ("signed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_cosigned_by_id_users_id_fk" FOREIGN KEY ("cosigned_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_comments" ADD CONSTRAINT "task_comments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_comments" ADD CONSTRAINT "task_comments_task_id_care_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."care_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_comments" ADD CONSTRAINT "task_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contacts_client_time_idx" ON "contacts" USING btree ("client_id","occurred_at");--> statement-breakpoint
CREATE INDEX "contacts_episode_time_idx" ON "contacts" USING btree ("episode_id","occurred_at");--> statement-breakpoint
CREATE INDEX "contacts_author_time_idx" ON "contacts" USING btree ("organization_id","author_id","occurred_at");--> statement-breakpoint
CREATE INDEX "note_addenda_note_idx" ON "note_addenda" USING btree ("note_id","signed_at");--> statement-breakpoint
CREATE INDEX "notes_client_idx" ON "notes" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE INDEX "notes_contact_idx" ON "notes" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "notes_cosign_queue_idx" ON "notes" USING btree ("organization_id","signed_at") WHERE "notes"."status" = 'signed' and "notes"."cosign_required" and "notes"."cosigned_at" is null;--> statement-breakpoint
CREATE INDEX "notes_author_drafts_idx" ON "notes" USING btree ("author_id") WHERE "notes"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "task_comments_task_idx" ON "task_comments" USING btree ("task_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_uq" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
ALTER TABLE "care_tasks" ADD CONSTRAINT "care_tasks_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_tasks" ADD CONSTRAINT "care_tasks_assigned_program_id_programs_id_fk" FOREIGN KEY ("assigned_program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_tasks" ADD CONSTRAINT "care_tasks_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_returned_by_id_users_id_fk" FOREIGN KEY ("returned_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_tasks_assignee_open_idx" ON "care_tasks" USING btree ("assigned_to_id","due_at") WHERE "care_tasks"."status" = 'open';--> statement-breakpoint
CREATE INDEX "care_tasks_team_open_idx" ON "care_tasks" USING btree ("assigned_program_id","due_at") WHERE "care_tasks"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "care_tasks_open_source_key_uq" ON "care_tasks" USING btree ("organization_id","source_key") WHERE "care_tasks"."status" = 'open' and "care_tasks"."source_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "care_plans_one_draft_uq" ON "care_plans" USING btree ("episode_id") WHERE "care_plans"."status" in ('draft', 'pending_approval');--> statement-breakpoint
-- A signed note never changes: only the one-time co-sign, the row version, and a merge moving it
-- to the surviving client. Deleting signed notes or addenda is refused too, except inside the
-- demo reset, which sets careloop.allow_purge for its own transaction.
CREATE FUNCTION careloop_note_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'signed' AND coalesce(current_setting('careloop.allow_purge', true), '') <> 'on' THEN
      RAISE EXCEPTION 'signed notes cannot be deleted' USING ERRCODE = 'raise_exception';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'draft' THEN
    RETURN NEW;
  END IF;
  IF OLD.cosigned_at IS NULL AND NEW.cosigned_at IS NOT NULL THEN
    -- The co-sign: nothing else may change with it.
    IF (to_jsonb(NEW) - 'client_id' - 'cosigned_at' - 'cosigned_by_id' - 'version')
       IS DISTINCT FROM (to_jsonb(OLD) - 'client_id' - 'cosigned_at' - 'cosigned_by_id' - 'version') THEN
      RAISE EXCEPTION 'signed notes are immutable' USING ERRCODE = 'raise_exception';
    END IF;
    RETURN NEW;
  END IF;
  IF (to_jsonb(NEW) - 'client_id') IS DISTINCT FROM (to_jsonb(OLD) - 'client_id') THEN
    RAISE EXCEPTION 'signed notes are immutable' USING ERRCODE = 'raise_exception';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
-- Addenda are signed when written: never changed (a merge may move them) or deleted.
CREATE FUNCTION careloop_addendum_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF coalesce(current_setting('careloop.allow_purge', true), '') <> 'on' THEN
      RAISE EXCEPTION 'note addenda cannot be deleted' USING ERRCODE = 'raise_exception';
    END IF;
    RETURN OLD;
  END IF;
  IF (to_jsonb(NEW) - 'client_id') IS DISTINCT FROM (to_jsonb(OLD) - 'client_id') THEN
    RAISE EXCEPTION 'note addenda are immutable' USING ERRCODE = 'raise_exception';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER notes_immutable BEFORE UPDATE OR DELETE ON notes
  FOR EACH ROW EXECUTE FUNCTION careloop_note_immutable();--> statement-breakpoint
CREATE TRIGGER note_addenda_immutable BEFORE UPDATE OR DELETE ON note_addenda
  FOR EACH ROW EXECUTE FUNCTION careloop_addendum_immutable();--> statement-breakpoint
-- Plans awaiting supervisor approval keep their content; they may only become effective or go
-- back to draft (returned). Replaces the 0007 function.
CREATE OR REPLACE FUNCTION careloop_plan_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'draft' THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'pending_approval' THEN
    IF NEW.content IS DISTINCT FROM OLD.content OR NEW.status NOT IN ('pending_approval', 'effective', 'draft') THEN
      RAISE EXCEPTION 'a plan awaiting approval cannot change' USING ERRCODE = 'raise_exception';
    END IF;
    RETURN NEW;
  END IF;
  IF NOT (NEW.status = OLD.status OR (OLD.status = 'effective' AND NEW.status = 'superseded'))
     OR (to_jsonb(NEW) - 'client_id' - 'status' - 'version') IS DISTINCT FROM (to_jsonb(OLD) - 'client_id' - 'status' - 'version') THEN
    RAISE EXCEPTION 'signed care plan versions are immutable' USING ERRCODE = 'raise_exception';
  END IF;
  RETURN NEW;
END $$;
