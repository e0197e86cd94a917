CREATE TABLE "care_plan_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"goals" jsonb NOT NULL,
	"client_comments" text,
	"changes_needed" text,
	"gas_t_score" double precision,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"episode_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"status" text NOT NULL,
	"content" jsonb NOT NULL,
	"change_summary" text,
	"client_agreement_method" text,
	"verbal_reason" text,
	"signature_data_url" text,
	"signed_by_id" uuid,
	"signed_at" timestamp with time zone,
	"review_due_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "care_plan_reviews" ADD CONSTRAINT "care_plan_reviews_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_reviews" ADD CONSTRAINT "care_plan_reviews_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_reviews" ADD CONSTRAINT "care_plan_reviews_plan_id_care_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."care_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plan_reviews" ADD CONSTRAINT "care_plan_reviews_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_signed_by_id_users_id_fk" FOREIGN KEY ("signed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_plans" ADD CONSTRAINT "care_plans_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "care_plan_reviews_plan_idx" ON "care_plan_reviews" USING btree ("plan_id","reviewed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "care_plans_episode_version_uq" ON "care_plans" USING btree ("episode_id","version_number");--> statement-breakpoint
CREATE UNIQUE INDEX "care_plans_one_draft_uq" ON "care_plans" USING btree ("episode_id") WHERE "care_plans"."status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "care_plans_one_effective_uq" ON "care_plans" USING btree ("episode_id") WHERE "care_plans"."status" = 'effective';--> statement-breakpoint
CREATE INDEX "care_plans_client_idx" ON "care_plans" USING btree ("client_id");--> statement-breakpoint
-- A signed plan version never changes; superseding it is the only allowed step (and a merge's client move).
CREATE FUNCTION careloop_plan_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'draft' THEN
    RETURN NEW;
  END IF;
  IF NOT (NEW.status = OLD.status OR (OLD.status = 'effective' AND NEW.status = 'superseded'))
     OR (to_jsonb(NEW) - 'client_id' - 'status' - 'version') IS DISTINCT FROM (to_jsonb(OLD) - 'client_id' - 'status' - 'version') THEN
    RAISE EXCEPTION 'signed care plan versions are immutable' USING ERRCODE = 'raise_exception';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER care_plans_immutable BEFORE UPDATE ON care_plans
  FOR EACH ROW EXECUTE FUNCTION careloop_plan_immutable();
