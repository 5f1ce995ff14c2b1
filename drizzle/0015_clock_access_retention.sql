CREATE TYPE "public"."pause_reason" AS ENUM('identity', 'clarification');--> statement-breakpoint
CREATE TYPE "public"."retention_proposal_status" AS ENUM('proposed', 'approved', 'dismissed');--> statement-breakpoint
CREATE TABLE "person_reads" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"actor_id" text,
	"request_id" uuid,
	"purpose" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"register_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"months" smallint,
	"due_on" date NOT NULL,
	"status" "retention_proposal_status" DEFAULT 'proposed' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"processor_id" uuid,
	"action" text NOT NULL,
	"title" text NOT NULL,
	"status" "task_status" DEFAULT 'open' NOT NULL,
	"done_by" text,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "registers" ADD COLUMN "retention_law" text;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "pause_reason" "pause_reason";--> statement-breakpoint
ALTER TABLE "person_reads" ADD CONSTRAINT "person_reads_person_id_person_records_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person_records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_proposals" ADD CONSTRAINT "retention_proposals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_proposals" ADD CONSTRAINT "retention_proposals_register_id_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."registers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_proposals" ADD CONSTRAINT "retention_proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_tasks" ADD CONSTRAINT "retention_tasks_proposal_id_retention_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."retention_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_tasks" ADD CONSTRAINT "retention_tasks_processor_id_processors_id_fk" FOREIGN KEY ("processor_id") REFERENCES "public"."processors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_tasks" ADD CONSTRAINT "retention_tasks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_reads_person_idx" ON "person_reads" USING btree ("person_id","at");--> statement-breakpoint
CREATE INDEX "retention_proposals_org_idx" ON "retention_proposals" USING btree ("organisation_id","status","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_proposals_open_idx" ON "retention_proposals" USING btree ("person_id") WHERE status = 'proposed';--> statement-breakpoint
CREATE INDEX "retention_tasks_proposal_idx" ON "retention_tasks" USING btree ("proposal_id");