-- One procurement from tender to award, integrity red flags with evidence, money in one currency (issue 14).
--
-- 1. procurements + procurement_notices: the notices of one process (OCDS ocid, eForms contract folder, TED
--    references, ccgp 项目编号 with the buyer, USAspending award, Legistar matter) joined into one procurement,
--    each link with its method and evidence; a notice belongs to at most one procurement (the link's primary key).
--    Links are written with the enrichment (db/procurements.py); a notice stored before this migration has none
--    until `survtrack reprocess`.
-- 2. integrity_indicators (the reference list, loaded from enrich/data/integrity_indicators.yaml) and notice_flags:
--    each raised flag with its evidence and the fields it read. Flags are never deleted: a recomputation that no
--    longer raises one closes it (cleared_at), so the history of every flag is kept.
-- 3. amounts gain EUR, the rates and their source: usd_value and usd_rate_date (in the schema since 0001, never
--    filled) now hold the USD value and the ECB rate date (enrich/fx.py).

CREATE TABLE procurements (
    id              bigserial PRIMARY KEY,
    key             text UNIQUE,
    method          text NOT NULL,
    title           text,
    notices         integer NOT NULL DEFAULT 0,
    first_published date,
    last_published  date,
    dirty           boolean NOT NULL DEFAULT true,
    merged_into     bigint REFERENCES procurements(id) ON DELETE SET NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE procurements IS
    'One procurement process (call, award, contract, amendments), joining the notices that publish it.';
COMMENT ON COLUMN procurements.id IS 'Procurement id (exported as procurement_id).';
COMMENT ON COLUMN procurements.key IS
    'The shared procedure id, e.g. ocds:<ocid>, eforms:<contract folder id>, ted:<publication number>, '
    'ccgp:<项目编号>|<buyer>, usaspending:<award id>, legistar:<client>:<matter id>; null for a notice that states none.';
COMMENT ON COLUMN procurements.method IS 'How its notices were joined (the method of the key).';
COMMENT ON COLUMN procurements.title IS 'Title of its earliest notice.';
COMMENT ON COLUMN procurements.notices IS 'Number of linked notices.';
COMMENT ON COLUMN procurements.first_published IS 'Earliest publication date among its notices.';
COMMENT ON COLUMN procurements.last_published IS 'Latest publication date among its notices.';
COMMENT ON COLUMN procurements.dirty IS
    'True when its notices changed since the cross-notice indicators were last computed (db/integrity.py).';
COMMENT ON COLUMN procurements.merged_into IS
    'Set when a reference between notices (TED REF_NOTICE, eForms changed notice) showed this procurement is part of '
    'another: its notices moved there, and notices arriving later with this key follow.';
COMMENT ON COLUMN procurements.created_at IS 'When the procurement was first linked.';
COMMENT ON COLUMN procurements.updated_at IS 'When a link of it last changed.';

CREATE TABLE procurement_notices (
    notice_id         bigint PRIMARY KEY REFERENCES notices(id) ON DELETE CASCADE,
    procurement_id    bigint NOT NULL REFERENCES procurements(id) ON DELETE CASCADE,
    method            text NOT NULL,
    evidence          text,
    stage             text NOT NULL CHECK (stage IN ('plan', 'tender', 'award', 'contract', 'amendment', 'other')),
    own_ref           text,
    ref               text,
    estimate_value    numeric(20, 2),
    estimate_currency text,
    estimate_evidence text,
    award_value       numeric(20, 2),
    award_currency    text,
    award_evidence    text,
    final_value       numeric(20, 2),
    final_currency    text,
    final_evidence    text,
    direct            boolean NOT NULL DEFAULT false,
    call_stated       boolean NOT NULL DEFAULT false,
    award_date        date,
    classifier_version text NOT NULL,
    linked_at         timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE procurement_notices IS
    'Which procurement each notice belongs to (at most one), how that was decided, and the values it states.';
COMMENT ON COLUMN procurement_notices.notice_id IS 'The notice.';
COMMENT ON COLUMN procurement_notices.procurement_id IS 'Its procurement.';
COMMENT ON COLUMN procurement_notices.method IS
    'ocds_ocid, eforms_contract_folder, ted_notice, ted_reference, ccgp_project_number, usaspending_award, '
    'legistar_matter, or none (the notice states no shared id and is a procurement of its own).';
COMMENT ON COLUMN procurement_notices.evidence IS 'The id as the notice states it (quoted line or field).';
COMMENT ON COLUMN procurement_notices.stage IS 'plan, tender, award, contract, amendment or other.';
COMMENT ON COLUMN procurement_notices.own_ref IS 'TED publication number of this notice (NNNNNN-YYYY).';
COMMENT ON COLUMN procurement_notices.ref IS 'TED publication number of the earlier notice this one refers to.';
COMMENT ON COLUMN procurement_notices.estimate_value IS 'Estimated value or budget the notice states for the procedure.';
COMMENT ON COLUMN procurement_notices.estimate_currency IS 'ISO 4217 currency of estimate_value.';
COMMENT ON COLUMN procurement_notices.estimate_evidence IS 'The line the estimate was read from.';
COMMENT ON COLUMN procurement_notices.award_value IS 'Value awarded (for a modification notice: the value before it).';
COMMENT ON COLUMN procurement_notices.award_currency IS 'ISO 4217 currency of award_value.';
COMMENT ON COLUMN procurement_notices.award_evidence IS 'The line the award value was read from.';
COMMENT ON COLUMN procurement_notices.final_value IS 'Contract value after modification, or the current total.';
COMMENT ON COLUMN procurement_notices.final_currency IS 'ISO 4217 currency of final_value.';
COMMENT ON COLUMN procurement_notices.final_evidence IS 'The line the final value was read from.';
COMMENT ON COLUMN procurement_notices.direct IS 'The notice states a non-open procedure (direct award, 单一来源, negotiated without publication).';
COMMENT ON COLUMN procurement_notices.call_stated IS 'The notice states a procedure that requires a published call (open, restricted, …).';
COMMENT ON COLUMN procurement_notices.award_date IS 'Award or contract date the notice states (else null: its publication date stands in).';
COMMENT ON COLUMN procurement_notices.classifier_version IS 'Enrichment version that produced the link.';
COMMENT ON COLUMN procurement_notices.linked_at IS 'When the link was last written.';
CREATE INDEX procurement_notices_procurement_idx ON procurement_notices (procurement_id);
CREATE INDEX procurement_notices_ref_idx ON procurement_notices (ref) WHERE ref IS NOT NULL;
CREATE INDEX procurement_notices_own_ref_idx ON procurement_notices (own_ref) WHERE own_ref IS NOT NULL;
CREATE INDEX procurements_dirty_idx ON procurements (id) WHERE dirty;

CREATE TABLE integrity_indicators (
    id          text PRIMARY KEY,
    name        text NOT NULL,
    definition  text NOT NULL,
    source      text NOT NULL,
    source_url  text,
    reads       text NOT NULL,
    computed_by text NOT NULL CHECK (computed_by IN ('notice', 'procurement')),
    version     text NOT NULL
);
COMMENT ON TABLE integrity_indicators IS
    'Red-flag indicators (ids are a public contract: export field red_flags[].id), from enrich/data/integrity_indicators.yaml.';
COMMENT ON COLUMN integrity_indicators.id IS 'Stable indicator id, e.g. single_bid.';
COMMENT ON COLUMN integrity_indicators.name IS 'Human-readable name.';
COMMENT ON COLUMN integrity_indicators.definition IS 'When the flag is raised, and when not.';
COMMENT ON COLUMN integrity_indicators.source IS 'Where the indicator is defined: Cardinal code or the OCP guide.';
COMMENT ON COLUMN integrity_indicators.source_url IS 'Public page of that definition.';
COMMENT ON COLUMN integrity_indicators.reads IS 'The source fields or text the indicator reads.';
COMMENT ON COLUMN integrity_indicators.computed_by IS
    'notice (from one notice, enrich/integrity.py) or procurement (across notices, in SQL, db/integrity.py).';
COMMENT ON COLUMN integrity_indicators.version IS 'Version of the indicator file that defined it.';

CREATE TABLE notice_flags (
    id             bigserial PRIMARY KEY,
    notice_id      bigint NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    indicator_id   text NOT NULL REFERENCES integrity_indicators(id),
    evidence       text NOT NULL,
    start_offset   integer,
    end_offset     integer,
    fields         jsonb NOT NULL DEFAULT '{}'::jsonb,
    computed_by    text NOT NULL CHECK (computed_by IN ('notice', 'procurement')),
    rules_version  text NOT NULL,
    raised_at      timestamptz NOT NULL DEFAULT now(),
    cleared_at     timestamptz
);
COMMENT ON TABLE notice_flags IS
    'Red flags raised on notices, with evidence; a flag a later computation no longer raises is closed (cleared_at), never deleted.';
COMMENT ON COLUMN notice_flags.id IS 'Flag row id.';
COMMENT ON COLUMN notice_flags.notice_id IS 'The notice.';
COMMENT ON COLUMN notice_flags.indicator_id IS 'The indicator (integrity_indicators.id).';
COMMENT ON COLUMN notice_flags.evidence IS 'The quoted clause, or a one-line statement of the values compared.';
COMMENT ON COLUMN notice_flags.start_offset IS 'Start of the quoted clause in the notice text (null when the evidence spans notices).';
COMMENT ON COLUMN notice_flags.end_offset IS 'End of the quoted clause in the notice text.';
COMMENT ON COLUMN notice_flags.fields IS 'The field values the indicator read (dates, counts, values, thresholds, other notices).';
COMMENT ON COLUMN notice_flags.computed_by IS 'notice or procurement (see integrity_indicators.computed_by).';
COMMENT ON COLUMN notice_flags.rules_version IS 'Enrichment version (notice) or indicator-file version (procurement) that raised it.';
COMMENT ON COLUMN notice_flags.raised_at IS 'When the flag was raised with this evidence.';
COMMENT ON COLUMN notice_flags.cleared_at IS 'When a recomputation stopped raising it (null while current).';
CREATE UNIQUE INDEX notice_flags_current_idx ON notice_flags (notice_id, indicator_id) WHERE cleared_at IS NULL;
CREATE INDEX notice_flags_indicator_idx ON notice_flags (indicator_id, notice_id) WHERE cleared_at IS NULL;

ALTER TABLE amounts
    ADD COLUMN eur_value numeric(20, 2),
    ADD COLUMN usd_rate numeric(24, 10),
    ADD COLUMN eur_rate numeric(24, 10),
    ADD COLUMN fx_basis text,
    ADD COLUMN fx_source text,
    ADD COLUMN fx_note text;
COMMENT ON COLUMN amounts.usd_value IS 'Value in USD at the ECB reference rate of usd_rate_date (exported as value_usd); null when not convertible (fx_note says why).';
COMMENT ON COLUMN amounts.usd_rate_date IS 'The ECB publication day whose rates were used (exported as fx_date): the award or publication date, or the nearest earlier ECB day.';
COMMENT ON COLUMN amounts.eur_value IS 'Value in EUR at the same ECB rate (exported as value_eur).';
COMMENT ON COLUMN amounts.usd_rate IS 'USD per one unit of the currency (exported as fx_rate).';
COMMENT ON COLUMN amounts.eur_rate IS 'EUR per one unit of the currency.';
COMMENT ON COLUMN amounts.fx_basis IS 'Which date of the notice the rate belongs to: award_date or published.';
COMMENT ON COLUMN amounts.fx_source IS 'Where the rate comes from (ECB reference rates, with the package version that shipped them).';
COMMENT ON COLUMN amounts.fx_note IS 'Why the amount is not converted (e.g. ECB publishes no PYG rate), or which earlier ECB day stood in.';

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'survtrack_reader') THEN
        GRANT SELECT ON procurements, procurement_notices, integrity_indicators, notice_flags TO survtrack_reader;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'cannot grant SELECT on the procurement tables to survtrack_reader (%)', SQLERRM;
END
$$;
