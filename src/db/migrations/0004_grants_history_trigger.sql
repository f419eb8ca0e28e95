-- What the application role may do: read and write the tenant tables (row-level security decides
-- which rows), only read and append the audit log, only read history and epochs (the functions below
-- write them as the owner).
GRANT USAGE ON SCHEMA public TO tiekartta_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON
  municipalities, programmes, goals, competences, sections, actions, rounds, action_statuses, enablers, enabler_statuses
  TO tiekartta_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_log TO tiekartta_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_log_id_seq TO tiekartta_app;
--> statement-breakpoint
GRANT SELECT ON entity_history, content_epoch TO tiekartta_app;
--> statement-breakpoint
-- References of existing sections continue after their last row.
UPDATE sections s SET next_ref_row = coalesce((SELECT max(a.position) FROM actions a WHERE a.section_id = s.id), 0) + 1;
--> statement-breakpoint
-- One history row per changed row, in the writer's transaction. Writes come only through
-- runWrite (db/context.ts), which names the change and the actor; a write without them is refused.
CREATE FUNCTION record_history() RETURNS trigger
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
    TG_TABLE_NAME, (subject->>'id')::uuid, (subject->>'version')::integer, lower(TG_OP), row_before, row_after, change, actor
  );
  RETURN coalesce(NEW, OLD);
END
$$;
--> statement-breakpoint
DO $$
DECLARE
  tracked text;
BEGIN
  FOREACH tracked IN ARRAY ARRAY['municipalities', 'programmes', 'goals', 'competences', 'sections', 'actions', 'rounds',
    'action_statuses', 'enablers', 'enabler_statuses'] LOOP
    EXECUTE format('CREATE TRIGGER record_history AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION record_history()', tracked);
  END LOOP;
END
$$;
--> statement-breakpoint
-- Called last by every write transaction: bumps the epoch of each scope whose content the change
-- touched ("m:<slug>" for a municipality's content, "platform" for the municipalities themselves,
-- "any" for every change) and returns the new epochs, which the writer's process applies at once;
-- other processes read them (db/epochs.ts). Scopes are named by slug so that the response cache can
-- tell them from a request's path alone.
CREATE FUNCTION bump_content_epoch(change uuid) RETURNS TABLE (scope text, epoch bigint)
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  WITH touched AS (
    SELECT DISTINCT CASE WHEN h.entity = 'municipalities' THEN 'platform' ELSE 'm:' || m.slug END AS scope
    FROM entity_history h LEFT JOIN municipalities m ON m.id = h.municipality_id
    WHERE h.change_id = change
    UNION
    SELECT 'any' WHERE EXISTS (SELECT FROM entity_history h WHERE h.change_id = change)
  )
  INSERT INTO content_epoch AS e (scope, epoch)
  SELECT t.scope, 1 FROM touched t WHERE t.scope IS NOT NULL
  ON CONFLICT ON CONSTRAINT content_epoch_pkey DO UPDATE SET epoch = e.epoch + 1
  RETURNING e.scope, e.epoch;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION bump_content_epoch(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION bump_content_epoch(uuid) TO tiekartta_app;
