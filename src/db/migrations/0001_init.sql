CREATE TABLE "action_statuses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"text" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"state" text NOT NULL,
	"state_inferred" boolean NOT NULL,
	"traffic_light" text,
	CONSTRAINT "action_statuses_action_id_round_id_unique" UNIQUE("action_id","round_id")
);
--> statement-breakpoint
CREATE TABLE "actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"section_id" uuid NOT NULL,
	"ref" text NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"years" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"co_funded" boolean DEFAULT false NOT NULL,
	"co_funded_part" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sector" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"owner_name" text,
	"partner_municipalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"goal_id" uuid,
	"competence_id" uuid,
	"level" text,
	"statutory" boolean,
	"benefits" text[],
	"beneficiaries" text[],
	"cost_class" text,
	"impact_class" text,
	"development_model" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actions_programme_id_ref_unique" UNIQUE("programme_id","ref"),
	CONSTRAINT "actions_municipality_id_id_unique" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"target" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "competences_programme_id_code_unique" UNIQUE("programme_id","code"),
	CONSTRAINT "competences_municipality_id_id_unique" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "enabler_statuses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"enabler_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"text" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "enabler_statuses_enabler_id_round_id_unique" UNIQUE("enabler_id","round_id")
);
--> statement-breakpoint
CREATE TABLE "enablers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"measures" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"metrics" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "enablers_programme_id_position_unique" UNIQUE("programme_id","position"),
	CONSTRAINT "enablers_municipality_id_id_unique" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" text DEFAULT 'goal' NOT NULL,
	"code" text NOT NULL,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "goals_programme_id_code_unique" UNIQUE("programme_id","code"),
	CONSTRAINT "goals_municipality_id_id_unique" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"code" text NOT NULL,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"languages" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipalities_slug_unique" UNIQUE("slug"),
	CONSTRAINT "municipalities_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"period_start" integer NOT NULL,
	"period_end" integer NOT NULL,
	"cost_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_municipality_id_slug_unique" UNIQUE("municipality_id","slug"),
	CONSTRAINT "programmes_municipality_id_id_unique" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"label" text NOT NULL,
	"lang" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rounds_programme_id_year_month_unique" UNIQUE("programme_id","year","month"),
	CONSTRAINT "rounds_municipality_id_id_unique" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
CREATE TABLE "sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "sections_programme_id_position_unique" UNIQUE("programme_id","position"),
	CONSTRAINT "sections_municipality_id_id_unique" UNIQUE("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "action_statuses" ADD CONSTRAINT "action_statuses_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_statuses" ADD CONSTRAINT "action_statuses_municipality_id_action_id_actions_municipality_id_id_fk" FOREIGN KEY ("municipality_id","action_id") REFERENCES "public"."actions"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_statuses" ADD CONSTRAINT "action_statuses_municipality_id_round_id_rounds_municipality_id_id_fk" FOREIGN KEY ("municipality_id","round_id") REFERENCES "public"."rounds"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_municipality_id_programme_id_programmes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","programme_id") REFERENCES "public"."programmes"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_municipality_id_section_id_sections_municipality_id_id_fk" FOREIGN KEY ("municipality_id","section_id") REFERENCES "public"."sections"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_municipality_id_goal_id_goals_municipality_id_id_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."goals"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_municipality_id_competence_id_competences_municipality_id_id_fk" FOREIGN KEY ("municipality_id","competence_id") REFERENCES "public"."competences"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competences" ADD CONSTRAINT "competences_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competences" ADD CONSTRAINT "competences_municipality_id_programme_id_programmes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","programme_id") REFERENCES "public"."programmes"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enabler_statuses" ADD CONSTRAINT "enabler_statuses_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enabler_statuses" ADD CONSTRAINT "enabler_statuses_municipality_id_enabler_id_enablers_municipality_id_id_fk" FOREIGN KEY ("municipality_id","enabler_id") REFERENCES "public"."enablers"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enabler_statuses" ADD CONSTRAINT "enabler_statuses_municipality_id_round_id_rounds_municipality_id_id_fk" FOREIGN KEY ("municipality_id","round_id") REFERENCES "public"."rounds"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enablers" ADD CONSTRAINT "enablers_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enablers" ADD CONSTRAINT "enablers_municipality_id_programme_id_programmes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","programme_id") REFERENCES "public"."programmes"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_municipality_id_programme_id_programmes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","programme_id") REFERENCES "public"."programmes"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_municipality_id_programme_id_programmes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","programme_id") REFERENCES "public"."programmes"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_municipality_id_programme_id_programmes_municipality_id_id_fk" FOREIGN KEY ("municipality_id","programme_id") REFERENCES "public"."programmes"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_statuses_round_idx" ON "action_statuses" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "actions_section_idx" ON "actions" USING btree ("section_id","position");--> statement-breakpoint
CREATE INDEX "audit_log_municipality_at_idx" ON "audit_log" USING btree ("municipality_id","at");