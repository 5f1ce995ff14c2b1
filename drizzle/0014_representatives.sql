CREATE TYPE "public"."authority_status" AS ENUM('pending', 'confirmed', 'refused');--> statement-breakpoint
CREATE TABLE "authority_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content_enc" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "authority_status" "authority_status";--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "represented_birth_date" date;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "represented_identity_lookup" text;--> statement-breakpoint
ALTER TABLE "authority_documents" ADD CONSTRAINT "authority_documents_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authority_documents" ADD CONSTRAINT "authority_documents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "authority_documents_request_idx" ON "authority_documents" USING btree ("request_id");