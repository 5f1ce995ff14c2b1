CREATE TABLE "audit_chain_heads" (
	"chain" text PRIMARY KEY NOT NULL,
	"last_event_id" bigint NOT NULL,
	"event_count" bigint NOT NULL,
	"head_hash" text NOT NULL,
	"legacy_through" bigint DEFAULT 0 NOT NULL,
	"mac" text NOT NULL
);
