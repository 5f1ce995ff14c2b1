-- Issue 9 finding 2: role and disabled state move from the account (global) to the membership (one
-- organisation). Existing memberships were all attached by an admin and in use, so they count as
-- accepted; each takes the account's former role and disabled state. Afterwards users.role only says
-- what kind of account it is (subject or staff); the next migration drops users.disabled_at.
UPDATE "memberships" AS m
SET "role" = CASE WHEN u."role" = 'admin' THEN 'admin'::"membership_role" ELSE 'staff'::"membership_role" END,
    "disabled_at" = u."disabled_at",
    "accepted_at" = m."created_at"
FROM "users" AS u
WHERE u."id" = m."user_id";
--> statement-breakpoint
UPDATE "users" SET "role" = 'staff' WHERE "role" = 'admin';
