DROP INDEX "case_notes_person_idx";--> statement-breakpoint
DROP INDEX "internal_notes_request_idx";--> statement-breakpoint
DROP INDEX "messages_request_idx";--> statement-breakpoint
DROP INDEX "requests_user_idx";--> statement-breakpoint
CREATE INDEX "case_notes_special_idx" ON "case_notes" USING btree ("person_id") WHERE special;--> statement-breakpoint
CREATE INDEX "person_records_list_idx" ON "person_records" USING btree ("organisation_id",coalesce("last_name", ''),"id");--> statement-breakpoint
CREATE INDEX "messages_unread_from_staff_idx" ON "messages" USING btree ("request_id") WHERE from_staff and read_at is null;--> statement-breakpoint
CREATE INDEX "messages_unread_from_subject_idx" ON "messages" USING btree ("request_id") WHERE not from_staff and read_at is null;--> statement-breakpoint
CREATE INDEX "dev_mailbox_list_idx" ON "dev_mailbox" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "case_notes_person_idx" ON "case_notes" USING btree ("person_id","written_at","id");--> statement-breakpoint
CREATE INDEX "internal_notes_request_idx" ON "internal_notes" USING btree ("request_id","created_at","id");--> statement-breakpoint
CREATE INDEX "messages_request_idx" ON "messages" USING btree ("request_id","created_at","id");--> statement-breakpoint
CREATE INDEX "requests_user_idx" ON "requests" USING btree ("user_id","created_at","id");