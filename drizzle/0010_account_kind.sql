ALTER TABLE "users" DROP COLUMN "disabled_at";--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_is_account_kind" CHECK ("users"."role" <> 'admin');--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_pending_is_invited" CHECK ("memberships"."accepted_at" is not null or "memberships"."invited_at" is not null);