CREATE TABLE "register_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"register_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" smallint NOT NULL,
	"notice" jsonb NOT NULL,
	"in_force_from" date NOT NULL,
	"published_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "processors" ADD COLUMN "names" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
-- Names written "fi / sv / en" in one column become three; any other name serves all three languages.
UPDATE "processors" SET "names" = CASE
  WHEN array_length(string_to_array("name", ' / '), 1) = 3 THEN jsonb_build_object(
    'fi', split_part("name", ' / ', 1), 'sv', split_part("name", ' / ', 2), 'en', split_part("name", ' / ', 3))
  ELSE jsonb_build_object('fi', "name", 'sv', "name", 'en', "name") END;--> statement-breakpoint
UPDATE "processors" SET "name" = "names"->>'fi';--> statement-breakpoint
ALTER TABLE "processors" ADD COLUMN "contact" text;--> statement-breakpoint
ALTER TABLE "registers" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "register_versions" ADD CONSTRAINT "register_versions_register_id_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."registers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_versions" ADD CONSTRAINT "register_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_versions" ADD CONSTRAINT "register_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "register_versions_register_version_idx" ON "register_versions" USING btree ("register_id","version");--> statement-breakpoint
CREATE INDEX "register_versions_org_idx" ON "register_versions" USING btree ("organisation_id");--> statement-breakpoint
-- Every existing register's notice becomes its version 1, in force from its notice date (or creation).
INSERT INTO "register_versions" ("register_id", "organisation_id", "version", "notice", "in_force_from", "created_at", "updated_at")
SELECT "id", "organisation_id", 1, "notice", coalesce("notice_date", ("created_at" AT TIME ZONE 'Europe/Helsinki')::date), "created_at", "created_at"
FROM "registers";