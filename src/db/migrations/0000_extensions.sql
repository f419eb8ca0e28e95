-- Trigram matching closes the gaps of the Finnish stemmer in search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
