ALTER TABLE "sessions" ADD COLUMN "sso_provider_id" uuid;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "sso_id_token" text;
--> statement-breakpoint
-- Hand-written: sessions keep their grants (0006); the ID token is sealed under TIEKARTTA_SECRET_KEY by the application.
COMMENT ON COLUMN "sessions"."sso_id_token" IS 'ID token of a single sign-on session, sealed (AES-256-GCM) for the provider''s end_session_endpoint';
