CREATE TABLE "catalog_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text,
	"organisation" text,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalog_contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "catalog_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"lang" text NOT NULL,
	"title" text NOT NULL,
	"ended" boolean NOT NULL,
	"description" jsonb NOT NULL,
	"lead_code" text,
	"lead_written" text,
	"partners" jsonb NOT NULL,
	"partner_codes" text[] NOT NULL,
	"links" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector(CASE WHEN lang = 'sv' THEN 'swedish'::regconfig ELSE 'finnish'::regconfig END, search_text)) STORED NOT NULL,
	"content_hash" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_projects_key_unique" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "catalog_projects" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "catalog_contacts" ADD CONSTRAINT "catalog_contacts_project_id_catalog_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."catalog_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_contacts_project_idx" ON "catalog_contacts" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "catalog_projects_search_idx" ON "catalog_projects" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "catalog_projects_trgm_idx" ON "catalog_projects" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "catalog_projects_partners_idx" ON "catalog_projects" USING gin ("partner_codes");--> statement-breakpoint
CREATE INDEX "catalog_projects_lead_idx" ON "catalog_projects" USING btree ("lead_code");--> statement-breakpoint
CREATE POLICY "readable" ON "catalog_contacts" AS PERMISSIVE FOR SELECT TO "tiekartta_app" USING (true);--> statement-breakpoint
CREATE POLICY "platform_insert" ON "catalog_contacts" AS PERMISSIVE FOR INSERT TO "tiekartta_app" WITH CHECK (current_setting('app.platform', true) = 'on');--> statement-breakpoint
CREATE POLICY "platform_update" ON "catalog_contacts" AS PERMISSIVE FOR UPDATE TO "tiekartta_app" USING (current_setting('app.platform', true) = 'on') WITH CHECK (current_setting('app.platform', true) = 'on');--> statement-breakpoint
CREATE POLICY "platform_delete" ON "catalog_contacts" AS PERMISSIVE FOR DELETE TO "tiekartta_app" USING (current_setting('app.platform', true) = 'on');--> statement-breakpoint
CREATE POLICY "readable" ON "catalog_projects" AS PERMISSIVE FOR SELECT TO "tiekartta_app" USING (true);--> statement-breakpoint
CREATE POLICY "platform_insert" ON "catalog_projects" AS PERMISSIVE FOR INSERT TO "tiekartta_app" WITH CHECK (current_setting('app.platform', true) = 'on');--> statement-breakpoint
CREATE POLICY "platform_update" ON "catalog_projects" AS PERMISSIVE FOR UPDATE TO "tiekartta_app" USING (current_setting('app.platform', true) = 'on') WITH CHECK (current_setting('app.platform', true) = 'on');--> statement-breakpoint
CREATE POLICY "platform_delete" ON "catalog_projects" AS PERMISSIVE FOR DELETE TO "tiekartta_app" USING (current_setting('app.platform', true) = 'on');--> statement-breakpoint
-- The catalog is read by everyone and written only at platform level (policies above decide).
GRANT SELECT, INSERT, UPDATE, DELETE ON catalog_projects, catalog_contacts TO tiekartta_app;
--> statement-breakpoint
-- Projects keep their history (which also tells the epochs what changed); contacts, personal data, do not.
CREATE TRIGGER record_history AFTER INSERT OR UPDATE OR DELETE ON catalog_projects FOR EACH ROW EXECUTE FUNCTION record_history();
--> statement-breakpoint
-- As in 0004, and a change to the catalog raises the "platform" scope: every municipality's pages show it.
CREATE OR REPLACE FUNCTION bump_content_epoch(change uuid) RETURNS TABLE (scope text, epoch bigint)
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  WITH touched AS (
    SELECT DISTINCT CASE WHEN h.entity IN ('municipalities', 'catalog_projects') THEN 'platform' ELSE 'm:' || m.slug END AS scope
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
