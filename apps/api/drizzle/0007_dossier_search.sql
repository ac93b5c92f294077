-- Officers find dossiers by applicant name typed without diacritics.
CREATE INDEX dossiers_applicant_search_idx ON dossiers USING gin (f_unaccent(applicant_name) gin_trgm_ops);
