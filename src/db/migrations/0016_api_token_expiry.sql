ALTER TABLE "api_tokens" ADD COLUMN "expires_at" timestamp with time zone;
-- No grant needed: tiekartta_app's table grant on api_tokens (0006) covers the new column.
