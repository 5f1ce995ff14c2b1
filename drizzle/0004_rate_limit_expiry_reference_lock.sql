ALTER TABLE "rate_limits" ADD COLUMN "expires_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "person_records" ADD COLUMN "client_secret_failures" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "person_records" ADD COLUMN "client_reference_locked_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "rate_limits_expires_idx" ON "rate_limits" USING btree ("expires_at");