ALTER TABLE "users" DROP COLUMN "disabled_at";--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_is_account_kind" CHECK ("users"."role" <> 'admin');