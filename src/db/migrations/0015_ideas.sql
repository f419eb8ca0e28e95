CREATE TABLE "idea_contacts" (
	"idea_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"name" text,
	"email" text,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "idea_contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "idea_counters" (
	"municipality_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"next" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "idea_counters_municipality_id_year_pk" PRIMARY KEY("municipality_id","year")
);
--> statement-breakpoint
ALTER TABLE "idea_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "idea_settings" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"privacy_notice_url" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"retention_months" integer DEFAULT 12 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "idea_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"ref" text NOT NULL,
	"lang" text NOT NULL,
	"title" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"beneficiaries_text" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source" text NOT NULL,
	"source_label" text,
	"state" text DEFAULT 'new' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"merged_into_idea_id" uuid,
	"action_id" uuid,
	"programme_id" uuid,
	"goal_id" uuid,
	"competence_id" uuid,
	"level" text,
	"statutory" boolean,
	"benefits" text[],
	"beneficiaries" text[],
	"cost_class" text,
	"impact_class" text,
	"development_model" text,
	"evaluation_note" text,
	"decision_reason" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"decided_on" date,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ideas_municipality_id_ref_unique" UNIQUE("municipality_id","ref"),
	CONSTRAINT "ideas_municipality_id_id_unique" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "ideas" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "idea_contacts" ADD CONSTRAINT "idea_contacts_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_contacts" ADD CONSTRAINT "idea_contacts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_contacts" ADD CONSTRAINT "idea_contacts_municipality_id_idea_id_ideas_municipality_id_id_fk" FOREIGN KEY ("municipality_id","idea_id") REFERENCES "public"."ideas"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_counters" ADD CONSTRAINT "idea_counters_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_settings" ADD CONSTRAINT "idea_settings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_municipality_id_merged_into_idea_id_ideas_municipality_id_id_fk" FOREIGN KEY ("municipality_id","merged_into_idea_id") REFERENCES "public"."ideas"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_municipality_id_action_id_actions_municipality_id_id_fk" FOREIGN KEY ("municipality_id","action_id") REFERENCES "public"."actions"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_municipality_id_programme_id_programmes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","programme_id") REFERENCES "public"."programmes"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_municipality_id_goal_id_goals_municipality_id_id_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."goals"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ideas" ADD CONSTRAINT "ideas_municipality_id_competence_id_competences_municipality_id_id_fk" FOREIGN KEY ("municipality_id","competence_id") REFERENCES "public"."competences"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ideas_state_idx" ON "ideas" USING btree ("municipality_id","state");--> statement-breakpoint
CREATE INDEX "ideas_action_idx" ON "ideas" USING btree ("action_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "idea_contacts" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "idea_counters" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "idea_settings" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "ideas" AS PERMISSIVE FOR ALL TO "tiekartta_app" USING (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ideas, idea_contacts, idea_counters, idea_settings TO tiekartta_app;
--> statement-breakpoint
-- Ideas are content: every version is kept. Their senders (idea_contacts) are personal data and deliberately
-- not: retention must be able to delete them without a copy left in the history.
CREATE TRIGGER record_history AFTER INSERT OR UPDATE OR DELETE ON ideas FOR EACH ROW EXECUTE FUNCTION record_history();
--> statement-breakpoint
-- Erasing a sender (retention, or on request) deletes the mail that holds their address; row-level
-- security still limits it to the municipality's own outbox.
GRANT DELETE ON outbox TO tiekartta_app;
