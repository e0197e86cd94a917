-- Name search and duplicate detection: trigram similarity and double metaphone.
-- Both extensions are "trusted" (PostgreSQL 13+): a database owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
