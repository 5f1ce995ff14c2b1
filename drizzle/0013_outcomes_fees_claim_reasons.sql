CREATE TYPE "public"."fee_basis" AS ENUM('manifestly_unfounded', 'excessive', 'further_copy');--> statement-breakpoint
CREATE TYPE "public"."fee_status" AS ENUM('pending', 'accepted', 'declined');--> statement-breakpoint
CREATE TABLE "request_fees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"basis" "fee_basis" NOT NULL,
	"amount_cents" integer NOT NULL,
	"reasons" text NOT NULL,
	"status" "fee_status" DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "identity_claims" ADD COLUMN "rejection_reason" text;--> statement-breakpoint
ALTER TABLE "request_fees" ADD CONSTRAINT "request_fees_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_fees" ADD CONSTRAINT "request_fees_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_fees_request_idx" ON "request_fees" USING btree ("request_id","created_at");