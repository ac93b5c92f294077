CREATE TABLE "procedure_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"procedure_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"effective_from" date,
	"effective_to" date,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"levels" text[] NOT NULL,
	"online_level" text NOT NULL,
	"executing_agency" text NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedure_versions_number_unique" UNIQUE("procedure_id","version_no"),
	CONSTRAINT "procedure_versions_status_check" CHECK (status in ('draft', 'published', 'retired')),
	CONSTRAINT "procedure_versions_online_check" CHECK (online_level in ('full', 'partial', 'none'))
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedures_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_versions_one_draft" ON "procedure_versions" USING btree ("procedure_id") WHERE status = 'draft';--> statement-breakpoint
CREATE INDEX "procedure_versions_field_idx" ON "procedure_versions" USING btree ("field");