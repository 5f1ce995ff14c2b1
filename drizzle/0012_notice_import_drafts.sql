CREATE TYPE "public"."notice_import_source" AS ENUM('paste', 'txt', 'html', 'docx', 'pdf');--> statement-breakpoint
CREATE TABLE "notice_import_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"register_id" uuid,
	"created_by" text,
	"source" "notice_import_source" NOT NULL,
	"draft" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notice_import_drafts" ADD CONSTRAINT "notice_import_drafts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_import_drafts" ADD CONSTRAINT "notice_import_drafts_register_id_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."registers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_import_drafts" ADD CONSTRAINT "notice_import_drafts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notice_import_drafts_org_idx" ON "notice_import_drafts" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "notice_import_drafts_expires_idx" ON "notice_import_drafts" USING btree ("expires_at");