CREATE TABLE "content_epoch" (
	"scope" text PRIMARY KEY NOT NULL,
	"epoch" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content_epoch" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "entity_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"municipality_id" uuid,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"version" integer,
	"op" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"change_id" uuid NOT NULL,
	"actor_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "entity_history" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "action_statuses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "actions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "competences" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "enabler_statuses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "enablers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "goals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "municipalities" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "programmes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "rounds" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sections" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_municipality_id_municipalities_id_fk";
--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "municipality_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "action_statuses" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "change_id" uuid;--> statement-breakpoint
ALTER TABLE "competences" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "enabler_statuses" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "enablers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sections" ADD COLUMN "next_ref_row" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sections" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "entity_history_entity_idx" ON "entity_history" USING btree ("municipality_id","entity","entity_id","id");--> statement-breakpoint
CREATE INDEX "entity_history_change_idx" ON "entity_history" USING btree ("change_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "action_statuses" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "actions" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "read_own" ON "audit_log" AS PERMISSIVE FOR SELECT TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "append" ON "audit_log" AS PERMISSIVE FOR INSERT TO "tiekartta_app" WITH CHECK (municipality_id is null or municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "competences" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "enabler_statuses" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "enablers" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "goals" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "readable" ON "municipalities" AS PERMISSIVE FOR SELECT TO "tiekartta_app" USING (true);--> statement-breakpoint
CREATE POLICY "platform_insert" ON "municipalities" AS PERMISSIVE FOR INSERT TO "tiekartta_app" WITH CHECK (current_setting('app.platform', true) = 'on');--> statement-breakpoint
CREATE POLICY "platform_delete" ON "municipalities" AS PERMISSIVE FOR DELETE TO "tiekartta_app" USING (current_setting('app.platform', true) = 'on');--> statement-breakpoint
CREATE POLICY "own_update" ON "municipalities" AS PERMISSIVE FOR UPDATE TO "tiekartta_app" USING (id = nullif(current_setting('app.municipality_id', true), '')::uuid or current_setting('app.platform', true) = 'on');--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "programmes" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "rounds" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "sections" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "readable" ON "content_epoch" AS PERMISSIVE FOR SELECT TO "tiekartta_app" USING (true);--> statement-breakpoint
CREATE POLICY "read_own" ON "entity_history" AS PERMISSIVE FOR SELECT TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);