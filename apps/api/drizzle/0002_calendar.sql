CREATE TABLE "calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"confidence" text DEFAULT 'confirmed' NOT NULL,
	"source" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_days_kind_check" CHECK (kind in ('holiday', 'compensation', 'swap', 'makeup')),
	CONSTRAINT "calendar_days_confidence_check" CHECK (confidence in ('confirmed', 'secondary', 'unconfirmed'))
);
