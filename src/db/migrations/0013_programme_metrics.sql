CREATE TABLE "action_checkpoints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"target" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"met" boolean,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_checkpoints" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "action_impact_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "action_impact_metrics_action_id_unique" UNIQUE("action_id")
);
--> statement-breakpoint
ALTER TABLE "action_impact_metrics" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "metric_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" numeric NOT NULL,
	"source" text,
	"note" text,
	"entered_by" text NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "metric_values_metric_id_period_unique" UNIQUE("metric_id","period")
);
--> statement-breakpoint
ALTER TABLE "metric_values" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"unit" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"direction" text DEFAULT 'trend' NOT NULL,
	"target" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "metrics_programme_id_code_unique" UNIQUE("programme_id","code"),
	CONSTRAINT "metrics_municipality_id_id_unique" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "metrics" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "strategy_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "strategy_themes_municipality_id_kind_code_unique" UNIQUE("municipality_id","kind","code"),
	CONSTRAINT "strategy_themes_municipality_id_id_unique" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "strategy_themes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "competences" ADD COLUMN "description" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "competences" ADD COLUMN "example_metrics" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "description" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "benefits" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "spearhead_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "action_checkpoints" ADD CONSTRAINT "action_checkpoints_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_checkpoints" ADD CONSTRAINT "action_checkpoints_municipality_id_action_id_actions_municipality_id_id_fk" FOREIGN KEY ("municipality_id","action_id") REFERENCES "public"."actions"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_impact_metrics" ADD CONSTRAINT "action_impact_metrics_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_impact_metrics" ADD CONSTRAINT "action_impact_metrics_municipality_id_action_id_actions_municipality_id_id_fk" FOREIGN KEY ("municipality_id","action_id") REFERENCES "public"."actions"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_impact_metrics" ADD CONSTRAINT "action_impact_metrics_municipality_id_indicator_id_strategy_themes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","indicator_id") REFERENCES "public"."strategy_themes"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_values" ADD CONSTRAINT "metric_values_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metric_values" ADD CONSTRAINT "metric_values_municipality_id_metric_id_metrics_municipality_id_id_fk" FOREIGN KEY ("municipality_id","metric_id") REFERENCES "public"."metrics"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_municipality_id_programme_id_programmes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","programme_id") REFERENCES "public"."programmes"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_municipality_id_goal_id_goals_municipality_id_id_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."goals"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_themes" ADD CONSTRAINT "strategy_themes_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_checkpoints_action_idx" ON "action_checkpoints" USING btree ("action_id","due_on");--> statement-breakpoint
CREATE INDEX "metric_values_metric_idx" ON "metric_values" USING btree ("metric_id","period");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "action_checkpoints" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "action_impact_metrics" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "metric_values" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "metrics" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "strategy_themes" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON strategy_themes, metrics, metric_values, action_impact_metrics, action_checkpoints TO tiekartta_app;
--> statement-breakpoint
-- Every change keeps its history: a revised metric value keeps the earlier one there, and the epochs see what changed.
CREATE TRIGGER record_history AFTER INSERT OR UPDATE OR DELETE ON strategy_themes FOR EACH ROW EXECUTE FUNCTION record_history();
--> statement-breakpoint
CREATE TRIGGER record_history AFTER INSERT OR UPDATE OR DELETE ON metrics FOR EACH ROW EXECUTE FUNCTION record_history();
--> statement-breakpoint
CREATE TRIGGER record_history AFTER INSERT OR UPDATE OR DELETE ON metric_values FOR EACH ROW EXECUTE FUNCTION record_history();
--> statement-breakpoint
CREATE TRIGGER record_history AFTER INSERT OR UPDATE OR DELETE ON action_impact_metrics FOR EACH ROW EXECUTE FUNCTION record_history();
--> statement-breakpoint
CREATE TRIGGER record_history AFTER INSERT OR UPDATE OR DELETE ON action_checkpoints FOR EACH ROW EXECUTE FUNCTION record_history();
