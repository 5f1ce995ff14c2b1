-- The anchored chain heads (0006) are never deleted: deleting one would hide a cut tail. The app role
-- is granted no DELETE on the table either (README "PostgreSQL roles"); this trigger also refuses it
-- to the owner's own connection unless the owner first disables it (which the app role cannot).
CREATE OR REPLACE FUNCTION audit_chain_heads_refuse_delete() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_chain_heads rows are kept (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_chain_heads_no_delete BEFORE DELETE ON audit_chain_heads
  FOR EACH ROW EXECUTE FUNCTION audit_chain_heads_refuse_delete();
--> statement-breakpoint
CREATE TRIGGER audit_chain_heads_no_truncate BEFORE TRUNCATE ON audit_chain_heads
  FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_heads_refuse_delete();
