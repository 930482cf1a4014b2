-- The dashboard reads through a role that cannot write; and the question sanctions analysts ask first
-- ("awards to listed vendors made after their listing") is one view.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'survtrack_reader') THEN
        CREATE ROLE survtrack_reader LOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO survtrack_reader', current_database());
    ALTER ROLE survtrack_reader SET default_transaction_read_only = on;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'cannot create role survtrack_reader (%); create it yourself and set SURVTRACK_READER_URL', SQLERRM;
END
$$;

GRANT USAGE ON SCHEMA public TO survtrack_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO survtrack_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO survtrack_reader;

CREATE VIEW supplier_designations_at_award AS
SELECT p.notice_id,
       p.id AS party_id,
       p.org_id,
       d.id AS designation_id,
       d.list_id,
       d.program,
       d.listed_on,
       d.delisted_on,
       d.citation,
       n.published_on AS award_date
FROM notice_parties p
JOIN notices n ON n.id = p.notice_id
JOIN designations d ON d.org_id = p.org_id
WHERE p.role = 'supplier'
  AND n.published_on IS NOT NULL
  AND d.listed_on IS NOT NULL
  AND d.listed_on <= n.published_on
  AND (d.delisted_on IS NULL OR d.delisted_on > n.published_on);
COMMENT ON VIEW supplier_designations_at_award IS
  'Designations in force on the notice date for each resolved supplier: listed_on <= date < delisted_on.';
COMMENT ON COLUMN supplier_designations_at_award.notice_id IS 'The notice.';
COMMENT ON COLUMN supplier_designations_at_award.party_id IS 'The supplier party row.';
COMMENT ON COLUMN supplier_designations_at_award.org_id IS 'The supplier organisation.';
COMMENT ON COLUMN supplier_designations_at_award.designation_id IS 'The designation in force.';
COMMENT ON COLUMN supplier_designations_at_award.list_id IS 'Its list.';
COMMENT ON COLUMN supplier_designations_at_award.program IS 'Its program.';
COMMENT ON COLUMN supplier_designations_at_award.listed_on IS 'When it took effect.';
COMMENT ON COLUMN supplier_designations_at_award.delisted_on IS 'When it ended, if it did.';
COMMENT ON COLUMN supplier_designations_at_award.citation IS 'Legal citation.';
COMMENT ON COLUMN supplier_designations_at_award.award_date IS 'The notice''s published date used as the award date.';
GRANT SELECT ON supplier_designations_at_award TO survtrack_reader;
