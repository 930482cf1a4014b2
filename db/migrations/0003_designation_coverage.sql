-- Watch lists, part 2: what a designation covers beyond the organisation it names, what happened to each entry
-- over time, and the at-award view extended to covered subsidiaries.
--
-- Why: a list entry names one organisation. Some lists say the designation extends to the entity's subsidiaries
-- and affiliates (the FCC Covered List does); most do not. Coverage rows exist only where the list's own words say
-- so, each with the words that say it. An entry that disappears from a full list file is not silently delisted:
-- missing_since records the first file without it, and delisted_on is set only by the list itself (an end date,
-- an OpenSanctions DEL, or a list whose absence is documented to mean removal).

ALTER TABLE designations ADD COLUMN missing_since date;
ALTER TABLE designations ADD COLUMN covers_subsidiaries boolean NOT NULL DEFAULT false;
ALTER TABLE designations ADD COLUMN alt_names text[] NOT NULL DEFAULT '{}';
ALTER TABLE designations ADD COLUMN matched_name text;
COMMENT ON COLUMN designations.missing_since IS 'Date of the first complete list file that no longer contained the entry (null while present). Not a delisting by itself.';
COMMENT ON COLUMN designations.covers_subsidiaries IS 'True when the list''s own words extend the designation to the entity''s subsidiaries/affiliates.';
COMMENT ON COLUMN designations.alt_names IS 'Alternative names (a.k.a.) as listed.';
COMMENT ON COLUMN designations.matched_name IS 'The listed name (primary or alternative) that matched the organisation.';

ALTER TABLE watchlists ADD COLUMN absence_is_delisting boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN watchlists.absence_is_delisting IS 'True only for lists whose publisher documents that an entry missing from the full file has been removed.';

CREATE TABLE designation_coverage (
    id             bigserial PRIMARY KEY,
    designation_id bigint NOT NULL REFERENCES designations(id) ON DELETE CASCADE,
    org_id         bigint NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    relation       text NOT NULL,
    basis          text NOT NULL,
    UNIQUE (designation_id, org_id)
);
COMMENT ON TABLE designation_coverage IS 'Organisations a designation covers besides the one it names (subsidiaries/affiliates), only where the list says so.';
COMMENT ON COLUMN designation_coverage.id IS 'Coverage row id.';
COMMENT ON COLUMN designation_coverage.designation_id IS 'The designation.';
COMMENT ON COLUMN designation_coverage.org_id IS 'The covered organisation (a subsidiary, brand or division of the named one).';
COMMENT ON COLUMN designation_coverage.relation IS 'Relation to the named organisation (organisation_links.relation).';
COMMENT ON COLUMN designation_coverage.basis IS 'The list''s words that extend the designation (quoted from the entry).';
CREATE INDEX designation_coverage_org_idx ON designation_coverage (org_id);

CREATE TABLE designation_events (
    id             bigserial PRIMARY KEY,
    designation_id bigint NOT NULL REFERENCES designations(id) ON DELETE CASCADE,
    event          text NOT NULL CHECK (event IN ('listed', 'changed', 'missing', 'reappeared', 'delisted', 'relisted')),
    occurred_on    date NOT NULL,
    detail         jsonb NOT NULL DEFAULT '{}'::jsonb,
    document_id    bigint REFERENCES documents(id),
    recorded_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE designation_events IS 'Ledger of what each list file said about an entry over time: first listed, changed, missing from a full file, delisted, relisted (old dates kept in detail).';
COMMENT ON COLUMN designation_events.id IS 'Event id.';
COMMENT ON COLUMN designation_events.designation_id IS 'The designation.';
COMMENT ON COLUMN designation_events.event IS 'listed, changed, missing, reappeared, delisted or relisted.';
COMMENT ON COLUMN designation_events.occurred_on IS 'Date of the list file (or delta) that showed it.';
COMMENT ON COLUMN designation_events.detail IS 'What changed (old and new listed_on/delisted_on, fields).';
COMMENT ON COLUMN designation_events.document_id IS 'Archived list file that showed it.';
COMMENT ON COLUMN designation_events.recorded_at IS 'When survtrack recorded it.';
CREATE INDEX designation_events_designation_idx ON designation_events (designation_id);

-- The at-award view, extended: a supplier is also covered by a designation of its parent when the list says the
-- designation covers subsidiaries (via designation_coverage). Existing columns keep their meaning and order.
CREATE OR REPLACE VIEW supplier_designations_at_award AS
SELECT p.notice_id,
       p.id AS party_id,
       p.org_id,
       d.id AS designation_id,
       d.list_id,
       d.program,
       d.listed_on,
       d.delisted_on,
       d.citation,
       n.published_on AS award_date,
       c.org_id IS NOT NULL AS via_parent,
       d.org_id AS designated_org_id
FROM notice_parties p
JOIN notices n ON n.id = p.notice_id
JOIN designations d ON d.org_id = p.org_id
                    OR d.id IN (SELECT dc.designation_id FROM designation_coverage dc WHERE dc.org_id = p.org_id)
LEFT JOIN designation_coverage c ON c.designation_id = d.id AND c.org_id = p.org_id AND d.org_id <> p.org_id
WHERE p.role = 'supplier'
  AND n.published_on IS NOT NULL
  AND d.listed_on IS NOT NULL
  AND d.listed_on <= n.published_on
  AND (d.delisted_on IS NULL OR d.delisted_on > n.published_on);
COMMENT ON COLUMN supplier_designations_at_award.via_parent IS 'True when the designation names the supplier''s parent and the list extends it to subsidiaries.';
COMMENT ON COLUMN supplier_designations_at_award.designated_org_id IS 'The organisation the designation names.';
GRANT SELECT ON supplier_designations_at_award TO survtrack_reader;
GRANT SELECT ON designation_coverage, designation_events TO survtrack_reader;
