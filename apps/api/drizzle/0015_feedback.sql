CREATE TABLE "captcha_spent" (
	"signature" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"search_text" text NOT NULL,
	"procedure_code" text,
	"dossier_code" text,
	"sender_name" text NOT NULL,
	"sender_email" text,
	"sender_phone" text,
	"sender_address" text,
	"consent_at" timestamp with time zone NOT NULL,
	"access_key_hash" text NOT NULL,
	"receiving_unit_id" uuid NOT NULL,
	"handling_unit_id" uuid,
	"status" text DEFAULT 'new' NOT NULL,
	"resume_status" text,
	"info_request" text,
	"refusal_reason" text,
	"received_at" timestamp with time zone NOT NULL,
	"refuse_due_at" timestamp with time zone NOT NULL,
	"info_due_at" timestamp with time zone NOT NULL,
	"handle_due_at" timestamp with time zone NOT NULL,
	"publish_due_at" timestamp with time zone,
	"classified_at" timestamp with time zone,
	"refused_at" timestamp with time zone,
	"first_info_request_at" timestamp with time zone,
	"answer" text,
	"answer_file_id" uuid,
	"answered_by_id" uuid,
	"answered_by_name" text,
	"answered_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"rating" text,
	"rated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "feedback_coordinators" (
	"feedback_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "feedback_coordinators_feedback_id_unit_id_pk" PRIMARY KEY("feedback_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "feedback_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"feedback_id" uuid NOT NULL,
	"event" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"unit_id" uuid,
	"actor_id" uuid,
	"actor_name" text,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"feedback_id" uuid,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "feedback_approval_required" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_receiving_unit_id_units_id_fk" FOREIGN KEY ("receiving_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_handling_unit_id_units_id_fk" FOREIGN KEY ("handling_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_coordinators" ADD CONSTRAINT "feedback_coordinators_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_coordinators" ADD CONSTRAINT "feedback_coordinators_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_events" ADD CONSTRAINT "feedback_events_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_events" ADD CONSTRAINT "feedback_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_files" ADD CONSTRAINT "feedback_files_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_receiving_idx" ON "feedback" USING btree ("receiving_unit_id","status","created_at");--> statement-breakpoint
CREATE INDEX "feedback_handling_idx" ON "feedback" USING btree ("handling_unit_id","status","created_at");--> statement-breakpoint
CREATE INDEX "feedback_published_idx" ON "feedback" USING btree ("published_at") WHERE "feedback"."status" = 'published';--> statement-breakpoint
CREATE INDEX "feedback_created_idx" ON "feedback" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "feedback_coordinators_unit_idx" ON "feedback_coordinators" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "feedback_events_feedback_idx" ON "feedback_events" USING btree ("feedback_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_files_feedback_idx" ON "feedback_files" USING btree ("feedback_id");