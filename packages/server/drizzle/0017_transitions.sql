CREATE TABLE "transition_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"index" integer NOT NULL,
	"from_whom" text NOT NULL,
	"how_is_client" text NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transition_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"episode_id" uuid NOT NULL,
	"receiving_episode_id" uuid,
	"target_program_id" uuid,
	"reason" text,
	"receiving_team" text NOT NULL,
	"overlap_ends_on" date,
	"checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"accepted_on" date,
	"period_days" integer,
	"interval_days" integer,
	"closed_at" timestamp with time zone,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transition_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"post_transition_days" integer NOT NULL,
	"check_in_interval_days" integer NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "transition_check_ins" ADD CONSTRAINT "transition_check_ins_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_check_ins" ADD CONSTRAINT "transition_check_ins_plan_id_transition_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."transition_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_check_ins" ADD CONSTRAINT "transition_check_ins_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_check_ins" ADD CONSTRAINT "transition_check_ins_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_plans" ADD CONSTRAINT "transition_plans_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_plans" ADD CONSTRAINT "transition_plans_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_plans" ADD CONSTRAINT "transition_plans_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_plans" ADD CONSTRAINT "transition_plans_receiving_episode_id_episodes_id_fk" FOREIGN KEY ("receiving_episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_plans" ADD CONSTRAINT "transition_plans_target_program_id_programs_id_fk" FOREIGN KEY ("target_program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_plans" ADD CONSTRAINT "transition_plans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_settings" ADD CONSTRAINT "transition_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_settings" ADD CONSTRAINT "transition_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "transition_check_ins_plan_index_uq" ON "transition_check_ins" USING btree ("plan_id","index");--> statement-breakpoint
CREATE UNIQUE INDEX "transition_plans_episode_uq" ON "transition_plans" USING btree ("episode_id");--> statement-breakpoint
CREATE INDEX "transition_plans_following_idx" ON "transition_plans" USING btree ("organization_id","id") WHERE "transition_plans"."accepted_on" is not null and "transition_plans"."closed_at" is null;