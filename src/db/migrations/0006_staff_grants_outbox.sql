-- What the application role may do with the workspace's tables (row-level security decides which rows).
GRANT SELECT, INSERT, UPDATE, DELETE ON
  users, memberships, user_identities, sessions, one_time_tokens, recovery_codes, api_tokens, identity_providers,
  municipality_settings, action_comments, rate_limits
  TO tiekartta_app;
--> statement-breakpoint
-- The outbox is written by use-cases and read by the workspace; the worker claims and finishes messages
-- through the functions below, across municipalities.
GRANT SELECT, INSERT, UPDATE ON outbox TO tiekartta_app;
--> statement-breakpoint
DO $$
DECLARE
  tracked text;
BEGIN
  FOREACH tracked IN ARRAY ARRAY['municipality_settings', 'action_comments'] LOOP
    EXECUTE format('CREATE TRIGGER record_history AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION record_history()', tracked);
  END LOOP;
END
$$;
--> statement-breakpoint
-- Rounds imported before rounds had a status were published when imported.
SELECT set_config('app.change_id', gen_random_uuid()::text, true), set_config('app.actor_id', 'migration', true);
--> statement-breakpoint
UPDATE rounds SET closed_at = created_at WHERE closed_at IS NULL AND status = 'closed';
--> statement-breakpoint
-- Takes up to `batch` messages that are due and leases them for `lease`, so that no other worker takes
-- them meanwhile; a worker that dies mid-send leaves them to be retried once the lease is over.
CREATE FUNCTION claim_outbox(batch integer, lease interval) RETURNS SETOF outbox
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  UPDATE outbox o SET attempts = o.attempts + 1, next_attempt_at = now() + lease
  WHERE o.id IN (
    SELECT d.id FROM outbox d
    WHERE d.sent_at IS NULL AND d.failed_at IS NULL AND d.next_attempt_at <= now()
    ORDER BY d.next_attempt_at LIMIT batch FOR UPDATE SKIP LOCKED
  )
  RETURNING o.*;
$$;
--> statement-breakpoint
-- Records the result of sending a claimed message: sent, or failed and retried later (after
-- `retry_after` times the attempts so far), or failed for good after `max_attempts`.
CREATE FUNCTION finish_outbox(message uuid, error text, retry_after interval, max_attempts integer) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  UPDATE outbox SET
    sent_at = CASE WHEN error IS NULL THEN now() END,
    last_error = left(error, 500),
    failed_at = CASE WHEN error IS NOT NULL AND attempts >= max_attempts THEN now() END,
    next_attempt_at = CASE WHEN error IS NULL THEN next_attempt_at ELSE now() + retry_after * attempts END
  WHERE id = message AND sent_at IS NULL;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION claim_outbox(integer, interval), finish_outbox(uuid, text, interval, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION claim_outbox(integer, interval), finish_outbox(uuid, text, interval, integer) TO tiekartta_app;
