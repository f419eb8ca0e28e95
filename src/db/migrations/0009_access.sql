ALTER TABLE "users" ADD COLUMN "totp_last_step" integer;--> statement-breakpoint
CREATE POLICY "member_read" ON "municipality_settings" AS PERMISSIVE FOR SELECT TO "tiekartta_app" USING (municipality_id in (select m.municipality_id from memberships m where m.user_id = nullif(current_setting('app.user_id', true), '')::uuid));--> statement-breakpoint
-- A table with one row per municipality (municipality_settings) has no id of its own: its history is
-- keyed by the municipality.
CREATE OR REPLACE FUNCTION record_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  change uuid := nullif(current_setting('app.change_id', true), '')::uuid;
  actor text := nullif(current_setting('app.actor_id', true), '');
  row_before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  row_after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  subject jsonb := coalesce(row_after, row_before);
BEGIN
  IF change IS NULL OR actor IS NULL THEN
    RAISE EXCEPTION 'write to % outside a change: set app.change_id and app.actor_id (runWrite)', TG_TABLE_NAME;
  END IF;
  IF TG_OP = 'UPDATE' AND row_before = row_after THEN
    RETURN NEW;
  END IF;
  INSERT INTO entity_history (municipality_id, entity, entity_id, version, op, before, after, change_id, actor_id)
  VALUES (
    CASE WHEN TG_TABLE_NAME = 'municipalities' THEN (subject->>'id')::uuid ELSE (subject->>'municipality_id')::uuid END,
    TG_TABLE_NAME, coalesce(subject->>'id', subject->>'municipality_id')::uuid, (subject->>'version')::integer,
    lower(TG_OP), row_before, row_after, change, actor
  );
  RETURN coalesce(NEW, OLD);
END
$$;
--> statement-breakpoint
-- Migration 0007 dropped the trigger that 0006 put on municipality_settings; with history keyed by
-- the municipality above, it is back.
DROP TRIGGER IF EXISTS record_history ON municipality_settings;--> statement-breakpoint
CREATE TRIGGER record_history AFTER INSERT OR UPDATE OR DELETE ON municipality_settings FOR EACH ROW EXECUTE FUNCTION record_history();
--> statement-breakpoint
-- Whether a person has roles in a municipality other than the current one, which row-level security
-- hides from its administrators: they may deactivate only an account that is theirs alone.
CREATE FUNCTION has_roles_elsewhere(person uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT FROM memberships
    WHERE user_id = person AND municipality_id IS DISTINCT FROM nullif(current_setting('app.municipality_id', true), '')::uuid
  );
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION has_roles_elsewhere(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION has_roles_elsewhere(uuid) TO tiekartta_app;
