-- Migration 0006 put the history trigger on municipality_settings, whose key is municipality_id:
-- record_history() keys every version by an `id` column, so the first write of a municipality's
-- settings failed. Settings history is not recorded until the settings feature keys it by municipality;
-- their changes are audited by the use-cases that make them.
DROP TRIGGER IF EXISTS record_history ON municipality_settings;
