-- 1. Structured source facts (procedure, tenders received, deadlines, values per lot, addresses) next to the text.
-- 2. OCDS notice identity: a release was keyed by its release id alone, so releases "01"/"02" of two publishers or
--    two files overwrote each other (the second became a new *version* of the first). The key is now
--    "<ocid>/<release id>" (the release id alone when it already begins with the ocid; records keep the ocid).
--    This repair (a) splits every overwritten notice: versions whose OCID differs from the notice's current OCID
--    move, with their events, to a notice of their own, and (b) re-keys the rest. Nothing is deleted: every
--    version and event is kept, renumbered in order of when it was seen. Split-off notices get no enrichment here
--    (classifier_version NULL); `survtrack db migrate` enriches them right after (see db/identity_repair.py).

ALTER TABLE notices ADD COLUMN facts jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE notice_versions ADD COLUMN facts jsonb NOT NULL DEFAULT '{}'::jsonb;
COMMENT ON COLUMN notices.facts IS
    'Structured fields as the source published them (procedure, tenders received, deadlines, lot values, addresses); each is also a labelled line of text.';
COMMENT ON COLUMN notice_versions.facts IS 'The structured source fields of this version.';

CREATE TEMP TABLE ocds_versions ON COMMIT DROP AS
SELECT v.id AS version_row, v.notice_id, v.version, v.seen_at,
       substring(v.text FROM E'(?:^|\\n)OCID: ([^\\n]+)') AS ocid,
       substring(v.text FROM E'\\nRelease: ([^\\n]+)') AS release_id,
       substring(n.text FROM E'(?:^|\\n)OCID: ([^\\n]+)') AS current_ocid
FROM notice_versions v
JOIN notices n ON n.id = v.notice_id
WHERE n.text ~ E'(^|\\n)OCID: ' AND n.source_notice_id NOT LIKE '%/%';

-- (a) split: one new notice per (old notice, foreign ocid), built from the newest version of that ocid.
CREATE TEMP TABLE ocds_splits ON COMMIT DROP AS
SELECT DISTINCT ON (ov.notice_id, ov.ocid)
       ov.notice_id, ov.ocid, ov.release_id, v.id AS newest_version_row
FROM ocds_versions ov
JOIN notice_versions v ON v.id = ov.version_row
WHERE ov.ocid IS NOT NULL AND ov.ocid IS DISTINCT FROM ov.current_ocid
ORDER BY ov.notice_id, ov.ocid, ov.version DESC;

ALTER TABLE ocds_splits ADD COLUMN new_notice_id bigint;

DO $$
DECLARE
    s record;
    new_id bigint;
BEGIN
    FOR s IN SELECT * FROM ocds_splits LOOP
        INSERT INTO notices (source_id, source_notice_id, url, kind, title, text, published_on, language, country,
                             first_seen, last_seen, status, content_sha256, version, document_id, demo,
                             surveillance, classifier_version, enriched_at)
        SELECT n.source_id,
               CASE WHEN s.release_id IS NULL OR s.release_id = s.ocid OR s.release_id LIKE s.ocid || '%'
                    THEN coalesce(s.release_id, s.ocid) ELSE s.ocid || '/' || s.release_id END,
               v.url, v.kind, v.title, v.text, v.published_on, n.language, NULL,
               (SELECT min(seen_at) FROM ocds_versions o WHERE o.notice_id = s.notice_id AND o.ocid = s.ocid),
               (SELECT max(seen_at) FROM ocds_versions o WHERE o.notice_id = s.notice_id AND o.ocid = s.ocid),
               'live', v.content_sha256, 1, v.document_id, n.demo, false, NULL, NULL
        FROM notices n JOIN notice_versions v ON v.id = s.newest_version_row
        WHERE n.id = s.notice_id
        ON CONFLICT (source_id, source_notice_id) DO NOTHING
        RETURNING id INTO new_id;
        IF new_id IS NULL THEN  -- the right notice already exists (crawled after the bug): add the versions to it
            SELECT id INTO new_id FROM notices
            WHERE source_id = (SELECT source_id FROM notices WHERE id = s.notice_id)
              AND source_notice_id = CASE WHEN s.release_id IS NULL OR s.release_id = s.ocid
                                               OR s.release_id LIKE s.ocid || '%'
                                          THEN coalesce(s.release_id, s.ocid) ELSE s.ocid || '/' || s.release_id END;
        END IF;
        UPDATE ocds_splits SET new_notice_id = new_id WHERE notice_id = s.notice_id AND ocid = s.ocid;
        -- events that belong to the moved versions move with them (an 'amended' that was really a first sight
        -- becomes 'first_seen' below, when versions are renumbered)
        UPDATE notice_events e SET notice_id = new_id
        FROM ocds_versions o
        WHERE o.notice_id = s.notice_id AND o.ocid = s.ocid AND e.notice_id = s.notice_id AND e.version = o.version;
        UPDATE notice_versions v SET notice_id = new_id, version = -v.version
        FROM ocds_versions o
        WHERE o.version_row = v.id AND o.notice_id = s.notice_id AND o.ocid = s.ocid;
    END LOOP;
END $$;

-- Renumber versions 1..k by when they were seen, in every notice that lost or gained versions; events follow.
CREATE TEMP TABLE touched ON COMMIT DROP AS
SELECT notice_id AS id FROM ocds_splits UNION SELECT new_notice_id FROM ocds_splits WHERE new_notice_id IS NOT NULL;

CREATE TEMP TABLE renumber ON COMMIT DROP AS
SELECT v.id AS version_row, v.notice_id, v.version AS old_version,
       row_number() OVER (PARTITION BY v.notice_id ORDER BY v.seen_at, abs(v.version)) AS new_version
FROM notice_versions v JOIN touched t ON t.id = v.notice_id;

UPDATE notice_versions v SET version = -1000000 - r.new_version
FROM renumber r WHERE r.version_row = v.id;
UPDATE notice_events e SET version = r.new_version
FROM renumber r
WHERE e.notice_id = r.notice_id AND e.version IS NOT NULL
  AND (e.version = abs(r.old_version)) ;
UPDATE notice_versions v SET version = -(v.version + 1000000)
FROM touched t WHERE t.id = v.notice_id;
UPDATE notice_events e SET event = 'first_seen'
FROM touched t WHERE t.id = e.notice_id AND e.event = 'amended' AND e.version = 1;
UPDATE notices n SET version = (SELECT max(version) FROM notice_versions v WHERE v.notice_id = n.id),
                     status = CASE WHEN n.status = 'removed' THEN 'removed'
                                   WHEN (SELECT count(*) FROM notice_versions v WHERE v.notice_id = n.id) > 1
                                   THEN 'amended' ELSE 'live' END
FROM touched t WHERE t.id = n.id;
INSERT INTO notice_events (notice_id, event, occurred_on, version, document_id)
SELECT n.id, 'first_seen', n.first_seen::date, 1, n.document_id
FROM notices n JOIN touched t ON t.id = n.id
WHERE NOT EXISTS (SELECT 1 FROM notice_events e WHERE e.notice_id = n.id AND e.event = 'first_seen');

-- (b) re-key every remaining OCDS release notice to ocid/release id.
UPDATE notices n
SET source_notice_id = k.ocid || '/' || n.source_notice_id
FROM (SELECT id, substring(text FROM E'(?:^|\\n)OCID: ([^\\n]+)') AS ocid FROM notices
      WHERE text ~ E'(^|\\n)OCID: ' AND source_notice_id NOT LIKE '%/%') k
WHERE k.id = n.id AND k.ocid IS NOT NULL AND n.source_notice_id <> k.ocid
  AND n.source_notice_id NOT LIKE k.ocid || '%'
  AND NOT EXISTS (SELECT 1 FROM notices o WHERE o.source_id = n.source_id
                  AND o.source_notice_id = k.ocid || '/' || n.source_notice_id);
