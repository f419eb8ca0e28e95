-- The role the application works as inside every transaction (db/context.ts switches to it with
-- set_config('role', …, true)). It owns nothing, so row-level security applies to it. Roles belong
-- to the whole server: another database of the same server may have created it already.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tiekartta_app') THEN
    CREATE ROLE tiekartta_app NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
-- The connecting (owner) role must be a member to switch to it.
GRANT tiekartta_app TO CURRENT_USER;
