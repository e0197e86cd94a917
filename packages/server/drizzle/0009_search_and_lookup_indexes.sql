-- btree_gin lets the trigram indexes lead with organization_id (trusted since PostgreSQL 13).
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
DROP INDEX "clients_search_last_trgm";--> statement-breakpoint
DROP INDEX "clients_search_first_trgm";--> statement-breakpoint
DROP INDEX "clients_search_preferred_trgm";--> statement-breakpoint
CREATE INDEX "program_staff_user_role_idx" ON "program_staff" USING btree ("user_id","role");--> statement-breakpoint
CREATE INDEX "clients_org_last_trgm" ON "clients" USING gin ("organization_id","search_last" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "clients_org_first_trgm" ON "clients" USING gin ("organization_id","search_first" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "clients_org_preferred_trgm" ON "clients" USING gin ("organization_id","search_preferred" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "care_team_client_active_idx" ON "care_team_members" USING btree ("client_id") WHERE "care_team_members"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "episodes_client_id_idx" ON "episodes" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "client_flags_client_idx" ON "client_flags" USING btree ("client_id","last_raised_at");--> statement-breakpoint
CREATE INDEX "care_tasks_open_client_idx" ON "care_tasks" USING btree ("organization_id","client_id") WHERE "care_tasks"."status" = 'open';