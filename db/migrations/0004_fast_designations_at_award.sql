-- The at-award view joined designations with an OR over two paths (direct, or coverage of a subsidiary), which
-- made PostgreSQL compare every supplier with every designation. The same rows as a UNION ALL of the two paths
-- use the indexes on designations.org_id and designation_coverage.org_id.

CREATE OR REPLACE VIEW supplier_designations_at_award AS
WITH links AS (
    SELECT p.id AS party_id, p.notice_id, p.org_id, d.id AS designation_id, false AS via_parent
    FROM notice_parties p
    JOIN designations d ON d.org_id = p.org_id
    WHERE p.role = 'supplier'
    UNION ALL
    SELECT p.id, p.notice_id, p.org_id, dc.designation_id, true
    FROM notice_parties p
    JOIN designation_coverage dc ON dc.org_id = p.org_id
    JOIN designations d ON d.id = dc.designation_id AND d.org_id IS DISTINCT FROM p.org_id
    WHERE p.role = 'supplier'
)
SELECT l.notice_id,
       l.party_id,
       l.org_id,
       d.id AS designation_id,
       d.list_id,
       d.program,
       d.listed_on,
       d.delisted_on,
       d.citation,
       n.published_on AS award_date,
       l.via_parent,
       d.org_id AS designated_org_id
FROM links l
JOIN designations d ON d.id = l.designation_id
JOIN notices n ON n.id = l.notice_id
WHERE n.published_on IS NOT NULL
  AND d.listed_on IS NOT NULL
  AND d.listed_on <= n.published_on
  AND (d.delisted_on IS NULL OR d.delisted_on > n.published_on);

