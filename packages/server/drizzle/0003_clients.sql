CREATE TABLE "client_identifiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"type" text NOT NULL,
	"value" text NOT NULL,
	"value_norm" text NOT NULL,
	"issuer" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "client_merges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"survivor_id" uuid NOT NULL,
	"merged_id" uuid NOT NULL,
	"moved" jsonb NOT NULL,
	"reason" text,
	"merged_by" uuid NOT NULL,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_by" uuid,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"mrn" text NOT NULL,
	"first_name" text NOT NULL,
	"middle_name" text,
	"last_name" text NOT NULL,
	"preferred_name" text,
	"pronouns" text,
	"date_of_birth" date NOT NULL,
	"sex_at_birth" text,
	"gender_identity" text,
	"race" text[] DEFAULT '{}' NOT NULL,
	"ethnicity" text,
	"preferred_language" text DEFAULT 'en' NOT NULL,
	"interpreter_needed" boolean DEFAULT false NOT NULL,
	"phones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"phone_digits" text[] DEFAULT '{}' NOT NULL,
	"email" text,
	"home_address" jsonb,
	"mailing_address" jsonb,
	"housing_status" text,
	"veteran_status" text,
	"communication" jsonb DEFAULT '{"okToText":false,"okToVoicemail":false,"okToMail":false}'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"deceased_date" date,
	"merged_into_id" uuid,
	"search_first" text NOT NULL,
	"search_last" text NOT NULL,
	"search_preferred" text DEFAULT '' NOT NULL,
	"first_dm" text GENERATED ALWAYS AS (dmetaphone(search_first)) STORED,
	"last_dm" text GENERATED ALWAYS AS (dmetaphone(search_last)) STORED,
	"address_key" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duplicate_pairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_a" uuid NOT NULL,
	"client_b" uuid NOT NULL,
	"score" real NOT NULL,
	"reasons" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"source" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nicknames" (
	"canonical" text NOT NULL,
	"variant" text NOT NULL,
	CONSTRAINT "nicknames_variant_canonical_pk" PRIMARY KEY("variant","canonical")
);
--> statement-breakpoint
CREATE TABLE "org_counters" (
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"value" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "org_counters_organization_id_name_pk" PRIMARY KEY("organization_id","name")
);
--> statement-breakpoint
CREATE TABLE "support_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"name" text NOT NULL,
	"relationship" text NOT NULL,
	"phone" text,
	"email" text,
	"address" text,
	"roles" text[] DEFAULT '{}' NOT NULL,
	"involvement_agreed" boolean DEFAULT false NOT NULL,
	"notes" text,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "client_identifiers" ADD CONSTRAINT "client_identifiers_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_merges" ADD CONSTRAINT "client_merges_survivor_id_clients_id_fk" FOREIGN KEY ("survivor_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_merges" ADD CONSTRAINT "client_merges_merged_id_clients_id_fk" FOREIGN KEY ("merged_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_pairs" ADD CONSTRAINT "duplicate_pairs_client_a_clients_id_fk" FOREIGN KEY ("client_a") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_pairs" ADD CONSTRAINT "duplicate_pairs_client_b_clients_id_fk" FOREIGN KEY ("client_b") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_contacts" ADD CONSTRAINT "support_contacts_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_identifiers_lookup" ON "client_identifiers" USING btree ("organization_id","value_norm");--> statement-breakpoint
CREATE INDEX "client_identifiers_client" ON "client_identifiers" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "client_merges_org" ON "client_merges" USING btree ("organization_id","merged_at");--> statement-breakpoint
CREATE UNIQUE INDEX "clients_org_mrn_uq" ON "clients" USING btree ("organization_id","mrn");--> statement-breakpoint
CREATE INDEX "clients_search_last_trgm" ON "clients" USING gin ("search_last" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "clients_search_first_trgm" ON "clients" USING gin ("search_first" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "clients_search_preferred_trgm" ON "clients" USING gin ("search_preferred" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "clients_org_last_dm" ON "clients" USING btree ("organization_id","last_dm");--> statement-breakpoint
CREATE INDEX "clients_org_search_first" ON "clients" USING btree ("organization_id","search_first");--> statement-breakpoint
CREATE INDEX "clients_org_search_preferred" ON "clients" USING btree ("organization_id","search_preferred");--> statement-breakpoint
CREATE INDEX "clients_org_first_dm" ON "clients" USING btree ("organization_id","first_dm");--> statement-breakpoint
CREATE INDEX "clients_org_dob" ON "clients" USING btree ("organization_id","date_of_birth");--> statement-breakpoint
CREATE INDEX "clients_phone_digits" ON "clients" USING gin ("phone_digits");--> statement-breakpoint
CREATE INDEX "clients_org_address" ON "clients" USING btree ("organization_id","address_key");--> statement-breakpoint
CREATE INDEX "clients_merged_into" ON "clients" USING btree ("merged_into_id");--> statement-breakpoint
CREATE UNIQUE INDEX "duplicate_pairs_uq" ON "duplicate_pairs" USING btree ("organization_id","client_a","client_b");--> statement-breakpoint
CREATE INDEX "duplicate_pairs_open" ON "duplicate_pairs" USING btree ("organization_id","status");--> statement-breakpoint
CREATE INDEX "support_contacts_client" ON "support_contacts" USING btree ("client_id");