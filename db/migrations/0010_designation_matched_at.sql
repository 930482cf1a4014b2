-- When a designation got its organisation (issue 13: watches report pairs a later re-match creates).
--
-- Why: a watch reports a (supplier award, designation) pair once, when survtrack learns of it. A pair appears not
-- only when the award or the list entry is first read, but also when a re-match (`rematch_all`: run by
-- `survtrack update` and `survtrack reprocess`) links an entry read earlier to an organisation, or extends its
-- coverage to a subsidiary. Without the time of that link, a watch that had already looked at both facts never
-- saw the pair. The write path (db/watchlists.py _attach_organisation) sets these times only when the
-- organisation or the coverage actually changes, so a re-match that changes nothing reports nothing.
-- Rows matched before this migration get their first_seen: when they were matched is not known, and the earliest
-- possible time keeps watches from reporting old pairs again.

ALTER TABLE designations ADD COLUMN matched_at timestamptz;
UPDATE designations SET matched_at = first_seen WHERE org_id IS NOT NULL;
COMMENT ON COLUMN designations.matched_at IS 'When org_id last got its current value (matched, re-matched to another organisation, or unmatched); null while the entry has never been matched. A re-match that finds the same organisation leaves it unchanged. Entries matched before migration 0010 carry their first_seen.';
CREATE INDEX designations_matched_at_idx ON designations (matched_at);

ALTER TABLE designation_coverage ADD COLUMN created_at timestamptz;
UPDATE designation_coverage c SET created_at = d.first_seen FROM designations d WHERE d.id = c.designation_id;
ALTER TABLE designation_coverage ALTER COLUMN created_at SET DEFAULT now();
ALTER TABLE designation_coverage ALTER COLUMN created_at SET NOT NULL;
COMMENT ON COLUMN designation_coverage.created_at IS 'When survtrack first recorded that the designation covers this organisation (kept while a re-match finds the same coverage). Rows recorded before migration 0010 carry the designation''s first_seen.';
CREATE INDEX designation_coverage_created_at_idx ON designation_coverage (created_at);
