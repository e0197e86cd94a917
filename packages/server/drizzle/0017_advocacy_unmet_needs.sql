CREATE TABLE "advocacy_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"episode_id" uuid,
	"kind" text NOT NULL,
	"other_party_name" text NOT NULL,
	"other_party_contact" text,
	"summary" text NOT NULL,
	"deadlines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advocacy_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"date" date NOT NULL,
	"what" text NOT NULL,
	"by_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unmet_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"episode_id" uuid,
	"program_id" uuid,
	"category" text NOT NULL,
	"reason" text NOT NULL,
	"note" text,
	"service_id" uuid,
	"referral_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"resolution_note" text,
	"recorded_by_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "advocacy_cases" ADD CONSTRAINT "advocacy_cases_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_cases" ADD CONSTRAINT "advocacy_cases_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_cases" ADD CONSTRAINT "advocacy_cases_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_cases" ADD CONSTRAINT "advocacy_cases_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_steps" ADD CONSTRAINT "advocacy_steps_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_steps" ADD CONSTRAINT "advocacy_steps_case_id_advocacy_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."advocacy_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_steps" ADD CONSTRAINT "advocacy_steps_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_steps" ADD CONSTRAINT "advocacy_steps_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unmet_needs" ADD CONSTRAINT "unmet_needs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unmet_needs" ADD CONSTRAINT "unmet_needs_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unmet_needs" ADD CONSTRAINT "unmet_needs_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unmet_needs" ADD CONSTRAINT "unmet_needs_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unmet_needs" ADD CONSTRAINT "unmet_needs_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unmet_needs" ADD CONSTRAINT "unmet_needs_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unmet_needs" ADD CONSTRAINT "unmet_needs_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advocacy_cases_client_idx" ON "advocacy_cases" USING btree ("client_id","created_at");--> statement-breakpoint
CREATE INDEX "advocacy_cases_open_idx" ON "advocacy_cases" USING btree ("organization_id","id") WHERE "advocacy_cases"."status" = 'open';--> statement-breakpoint
CREATE INDEX "advocacy_steps_case_idx" ON "advocacy_steps" USING btree ("case_id","date","recorded_at");--> statement-breakpoint
CREATE INDEX "unmet_needs_client_idx" ON "unmet_needs" USING btree ("client_id","recorded_at");--> statement-breakpoint
CREATE INDEX "unmet_needs_org_recorded_idx" ON "unmet_needs" USING btree ("organization_id","recorded_at");