CREATE TABLE "dossier_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dossier_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dossier_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"step_index" integer,
	"step_name" text,
	"actor_id" uuid,
	"actor_name" text,
	"unit_id" uuid,
	"unit_name" text,
	"comment" text,
	"step_result" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "dossier_sequences" (
	"unit_id" uuid NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "dossier_sequences_unit_id_day_pk" PRIMARY KEY("unit_id","day")
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"procedure_version_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"procedure_name" text NOT NULL,
	"case_name" text NOT NULL,
	"channel" text NOT NULL,
	"state" text NOT NULL,
	"resume_state" text,
	"province_id" uuid,
	"receiving_unit_id" uuid NOT NULL,
	"current_unit_id" uuid NOT NULL,
	"involved_unit_ids" uuid[] NOT NULL,
	"assignee_id" uuid,
	"citizen_id" uuid,
	"applicant" jsonb NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_id_number" text NOT NULL,
	"authorised_person" jsonb,
	"components" jsonb NOT NULL,
	"sets" integer DEFAULT 1 NOT NULL,
	"result_method" text NOT NULL,
	"steps" jsonb NOT NULL,
	"current_step" integer DEFAULT 0 NOT NULL,
	"time_limit_amount" integer NOT NULL,
	"time_limit_unit" text NOT NULL,
	"cutoff_time" text,
	"received_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"due_explanation" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"step_started_at" timestamp with time zone,
	"step_due_at" timestamp with time zone,
	"pauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"supplement_requests" integer DEFAULT 0 NOT NULL,
	"extended" boolean DEFAULT false NOT NULL,
	"extended_due_at" timestamp with time zone,
	"extension_reason" text,
	"finished_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"result" text,
	"fee_vnd" integer,
	"paid_at" timestamp with time zone,
	"refusal_reason" text,
	"note" text,
	"received_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossiers_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "workflows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"procedure_code" text NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"processing_unit_id" uuid,
	"version_no" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"effective_from" date,
	"effective_to" date,
	"steps" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_procedure_version_id_procedure_versions_id_fk" FOREIGN KEY ("procedure_version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_receiving_unit_id_units_id_fk" FOREIGN KEY ("receiving_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_current_unit_id_units_id_fk" FOREIGN KEY ("current_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflows" ADD CONSTRAINT "workflows_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflows" ADD CONSTRAINT "workflows_processing_unit_id_units_id_fk" FOREIGN KEY ("processing_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_events_dossier_idx" ON "dossier_events" USING btree ("dossier_id","at");--> statement-breakpoint
CREATE INDEX "dossiers_current_queue_idx" ON "dossiers" USING btree ("current_unit_id","state","due_at","id");--> statement-breakpoint
CREATE INDEX "dossiers_receiving_idx" ON "dossiers" USING btree ("receiving_unit_id","received_at");--> statement-breakpoint
CREATE INDEX "dossiers_involved_idx" ON "dossiers" USING gin ("involved_unit_ids");--> statement-breakpoint
CREATE INDEX "dossiers_assignee_idx" ON "dossiers" USING btree ("assignee_id","state");--> statement-breakpoint
CREATE INDEX "dossiers_citizen_idx" ON "dossiers" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "dossiers_id_number_idx" ON "dossiers" USING btree ("applicant_id_number");--> statement-breakpoint
CREATE INDEX "dossiers_due_open_idx" ON "dossiers" USING btree ("due_at") WHERE state not in ('returned', 'refused', 'stopped', 'withdrawn');--> statement-breakpoint
CREATE INDEX "workflows_procedure_idx" ON "workflows" USING btree ("procedure_code","owner_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workflows_one_draft" ON "workflows" USING btree ("procedure_code","owner_unit_id") WHERE status = 'draft';