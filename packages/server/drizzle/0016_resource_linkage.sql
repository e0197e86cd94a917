CREATE TABLE "directory_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"website" text,
	"phone" text,
	"email" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"description" text,
	"eligibility" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"accessibility" text,
	"hours" text,
	"address_line" text,
	"city" text,
	"region" text,
	"postal_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"contact_name" text,
	"phone" text,
	"email" text,
	"website" text,
	"intake_method" text,
	"capacity_status" text DEFAULT 'open' NOT NULL,
	"waitlist_weeks" integer,
	"last_verified_on" date,
	"active" boolean DEFAULT true NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "directory_providers" ADD CONSTRAINT "directory_providers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_provider_id_directory_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."directory_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "directory_providers_name_uq" ON "directory_providers" USING btree ("organization_id",lower("name"));--> statement-breakpoint
CREATE INDEX "directory_services_category_idx" ON "directory_services" USING btree ("organization_id","category");--> statement-breakpoint
CREATE INDEX "directory_services_search_trgm_idx" ON "directory_services" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "directory_services_provider_idx" ON "directory_services" USING btree ("provider_id");