DROP INDEX "requests_queue_idx";--> statement-breakpoint
DROP INDEX "requests_open_idx";--> statement-breakpoint
DROP INDEX "requests_queue_status_idx";--> statement-breakpoint
DROP INDEX "requests_assignee_idx";--> statement-breakpoint
CREATE INDEX "requests_queue_due_idx" ON "requests" USING btree ("organisation_id",coalesce("extended_due_on", "due_on"),"id");--> statement-breakpoint
CREATE INDEX "requests_queue_open_idx" ON "requests" USING btree ("organisation_id",coalesce("extended_due_on", "due_on"),"id") WHERE closed_at is null;--> statement-breakpoint
CREATE INDEX "requests_queue_status_idx" ON "requests" USING btree ("organisation_id","status",coalesce("extended_due_on", "due_on"),"id");--> statement-breakpoint
CREATE INDEX "requests_assignee_idx" ON "requests" USING btree ("assignee_id",coalesce("extended_due_on", "due_on"),"id");