-- The public Q&A is searched by words typed without diacritics, over the question and its answer.
CREATE INDEX questions_search_idx ON questions
  USING gin (f_unaccent(title || ' ' || content || ' ' || coalesce(answer, '')) gin_trgm_ops);
