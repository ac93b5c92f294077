-- Catalogue search ignores diacritics and case: a trigram index over the folded code, name and field.
CREATE INDEX procedure_versions_search_idx ON procedure_versions
  USING gin (f_unaccent(code || ' ' || name || ' ' || field) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX procedure_versions_agency_idx ON procedure_versions USING gin (f_unaccent(executing_agency) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX procedure_versions_name_sort_idx ON procedure_versions (vi_sort_key(name));
