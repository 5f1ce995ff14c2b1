-- Issue 13: an organisation's rarely changing data (registers and their notice versions, processors and
-- recipients, email templates, staff) is kept in each app instance's memory under organisation_versions.version
-- (lib/organisations/org-cache.ts). These triggers give the organisation a new random version in the
-- transaction of every change to that data, whoever makes it, so that no instance serves what it kept
-- once the change has committed. The version row is locked from the renewal to the commit, so two
-- changes commit their versions in order; the triggers are deferred to the commit, so that lock is the
-- last one a transaction takes: two concurrent edits of one organisation (a register here, a processor
-- there) cannot deadlock on it, whatever order they touched their other rows in.
CREATE OR REPLACE FUNCTION organisation_version_bump(org uuid) RETURNS void AS $$
BEGIN
  -- Nothing to version for an organisation being deleted (its rows go with it, by cascade).
  INSERT INTO organisation_versions (organisation_id, version, changed_at)
    SELECT o.id, gen_random_uuid(), now() FROM organisations o WHERE o.id = org
  ON CONFLICT (organisation_id) DO UPDATE SET version = excluded.version, changed_at = excluded.changed_at;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION organisation_versions_on_own_row() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM organisation_version_bump(OLD.organisation_id); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.organisation_id IS DISTINCT FROM OLD.organisation_id) THEN
    PERFORM organisation_version_bump(NEW.organisation_id);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION organisation_versions_on_register_row() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM organisation_version_bump((SELECT r.organisation_id FROM registers r WHERE r.id = OLD.register_id)); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.register_id IS DISTINCT FROM OLD.register_id) THEN
    PERFORM organisation_version_bump((SELECT r.organisation_id FROM registers r WHERE r.id = NEW.register_id));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION organisation_versions_on_account() RETURNS trigger AS $$
BEGIN
  PERFORM organisation_version_bump(m.organisation_id) FROM memberships m WHERE m.user_id = NEW.id;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER registers_organisation_version AFTER INSERT OR UPDATE OR DELETE ON registers
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_versions_on_own_row();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER email_templates_organisation_version AFTER INSERT OR UPDATE OR DELETE ON email_templates
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_versions_on_own_row();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER memberships_organisation_version AFTER INSERT OR UPDATE OR DELETE ON memberships
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_versions_on_own_row();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER processors_organisation_version AFTER INSERT OR UPDATE OR DELETE ON processors
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_versions_on_register_row();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER register_versions_organisation_version AFTER INSERT OR UPDATE OR DELETE ON register_versions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_versions_on_own_row();
--> statement-breakpoint
-- What the staff list shows of an account; a sign-in (email_verified, second factor) changes nothing kept.
CREATE CONSTRAINT TRIGGER users_organisation_version AFTER UPDATE ON users
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.email IS DISTINCT FROM NEW.email
    OR OLD.locale IS DISTINCT FROM NEW.locale OR OLD.role IS DISTINCT FROM NEW.role)
  EXECUTE FUNCTION organisation_versions_on_account();
--> statement-breakpoint
-- Organisations that exist before this migration get their first version now, so they are kept from the start.
INSERT INTO organisation_versions (organisation_id) SELECT id FROM organisations ON CONFLICT DO NOTHING;
