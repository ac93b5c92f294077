-- Published answers and the agencies' queues are searched by words typed without diacritics.
CREATE INDEX feedback_search_idx ON feedback USING gin (search_text gin_trgm_ops);
