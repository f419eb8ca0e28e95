CREATE TABLE "action_continuations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"predecessor_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_continuations_action_id_unique" UNIQUE("action_id"),
	CONSTRAINT "action_continuations_predecessor_id_unique" UNIQUE("predecessor_id")
);
--> statement-breakpoint
ALTER TABLE "action_continuations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "roadmap_version_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"ref" text NOT NULL,
	"position" integer NOT NULL,
	"section_position" integer NOT NULL,
	"section_name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"years" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"goal_code" text,
	"competence_code" text,
	"level" text,
	"statutory" boolean,
	"benefits" text[],
	"beneficiaries" text[],
	"cost_class" text,
	"impact_class" text,
	"development_model" text,
	"owner_name" text,
	CONSTRAINT "roadmap_version_actions_version_id_action_id_unique" UNIQUE("version_id","action_id")
);
--> statement-breakpoint
ALTER TABLE "roadmap_version_actions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "roadmap_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"decision_body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"decision_date" date,
	"decision_section" text,
	"diary_number" text,
	"note" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"snapshot_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roadmap_versions_programme_id_number_unique" UNIQUE("programme_id","number"),
	CONSTRAINT "roadmap_versions_municipality_id_id_unique" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "roadmap_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "action_continuations" ADD CONSTRAINT "action_continuations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_continuations" ADD CONSTRAINT "action_continuations_municipality_id_action_id_actions_municipality_id_id_fk" FOREIGN KEY ("municipality_id","action_id") REFERENCES "public"."actions"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_continuations" ADD CONSTRAINT "action_continuations_municipality_id_predecessor_id_actions_municipality_id_id_fk" FOREIGN KEY ("municipality_id","predecessor_id") REFERENCES "public"."actions"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_version_actions" ADD CONSTRAINT "roadmap_version_actions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_version_actions" ADD CONSTRAINT "roadmap_version_actions_municipality_id_version_id_roadmap_versions_municipality_id_id_fk" FOREIGN KEY ("municipality_id","version_id") REFERENCES "public"."roadmap_versions"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_versions" ADD CONSTRAINT "roadmap_versions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_versions" ADD CONSTRAINT "roadmap_versions_municipality_id_programme_id_programmes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","programme_id") REFERENCES "public"."programmes"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "roadmap_version_actions_version_idx" ON "roadmap_version_actions" USING btree ("version_id","section_position","position");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "action_continuations" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "roadmap_version_actions" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "roadmap_versions" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
-- The application writes versions and continuations (row-level security keeps municipalities apart).
-- Snapshot rows are never updated: a draft's snapshot is replaced by deleting and inserting.
GRANT SELECT, INSERT, UPDATE ON roadmap_versions, action_continuations TO tiekartta_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON roadmap_version_actions TO tiekartta_app;
--> statement-breakpoint
CREATE TRIGGER record_history AFTER INSERT OR UPDATE OR DELETE ON roadmap_versions FOR EACH ROW EXECUTE FUNCTION record_history();
--> statement-breakpoint
CREATE TRIGGER record_history AFTER INSERT OR UPDATE OR DELETE ON roadmap_version_actions FOR EACH ROW EXECUTE FUNCTION record_history();
--> statement-breakpoint
CREATE TRIGGER record_history AFTER INSERT OR UPDATE OR DELETE ON action_continuations FOR EACH ROW EXECUTE FUNCTION record_history();
--> statement-breakpoint
-- The second wall behind the service: an approved version is frozen. Its row is never updated, and its
-- snapshot gains or loses no row, except when a whole programme or municipality is deleted (the
-- cascade runs from a foreign key's own trigger, so at a trigger depth above 1).
CREATE FUNCTION refuse_frozen_roadmap() RETURNS trigger
LANGUAGE plpgsql SET search_path = public AS $$
DECLARE
  snapshot uuid;
BEGIN
  IF TG_TABLE_NAME = 'roadmap_versions' THEN
    IF OLD.status = 'approved' THEN
      RAISE EXCEPTION 'roadmap version % is approved and frozen', OLD.number USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'a roadmap version''s actions are never updated' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    snapshot := OLD.version_id;
  ELSE
    snapshot := NEW.version_id;
  END IF;
  IF pg_trigger_depth() = 1 AND EXISTS (SELECT FROM roadmap_versions v WHERE v.id = snapshot AND v.status = 'approved') THEN
    RAISE EXCEPTION 'roadmap version is approved and frozen' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER refuse_frozen BEFORE UPDATE ON roadmap_versions FOR EACH ROW EXECUTE FUNCTION refuse_frozen_roadmap();
--> statement-breakpoint
CREATE TRIGGER refuse_frozen BEFORE INSERT OR UPDATE OR DELETE ON roadmap_version_actions FOR EACH ROW EXECUTE FUNCTION refuse_frozen_roadmap();
