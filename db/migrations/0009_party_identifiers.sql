-- Organisation identifiers on parties, and vendor links from prose (issue 10, items 2 and 3).
--
-- 1. notice_parties.identifiers: the identifiers a notice states for the organisation it names (PRC unified
--    social credit code, EU VAT, national registration numbers from eForms/TED, UK Companies House numbers from
--    OCDS, US UEI from USAspending, LEI, CNPJ), checked as enrich/data/identifier_schemes.yaml says, with their
--    offsets in the notice text when printed there. The write path (db/store.py resolve_party_org) resolves a
--    party by these first and records them on the organisation it resolved to.
-- 2. organisation_identifiers.source: whether an identifier comes from the reviewed registry or was read from a
--    notice (its citation then names the notice). A registry identifier wins when both name one value.
-- 3. The comments on notice_parties.role and match_method describe the `mentioned` role and the new methods.
--    Rows stored before this migration keep '[]' until `survtrack reprocess`.

ALTER TABLE notice_parties ADD COLUMN identifiers jsonb NOT NULL DEFAULT '[]'::jsonb;
COMMENT ON COLUMN notice_parties.identifiers IS
    'Identifiers the notice states for this organisation: [{"scheme": cn_uscc|eu_vat|gb_coh|us_uei|lei|br_cnpj|<cc>_national|<OCDS scheme>, "value": normalised value, "start"/"end": offsets in notices.text where printed, else null (only in the source''s structured fields)}].';

ALTER TABLE organisation_identifiers ADD COLUMN source text NOT NULL DEFAULT 'registry'
    CHECK (source IN ('registry', 'notice', 'list'));
COMMENT ON COLUMN organisation_identifiers.source IS
    'registry (enrich/data/vendors.yaml, cited), notice (read from a notice; citation = "notice <id>") or list (a watch list entry).';

COMMENT ON COLUMN notice_parties.role IS
    'buyer, supplier (the notice says it supplied, delivered, developed, won, partners, or names it as the brand delivered in an award) or mentioned (a registry vendor named otherwise: competitor, compatibility or "or equivalent" requirement, reference brand, news mention).';
COMMENT ON COLUMN notice_parties.match_method IS
    'identifier (resolved by an identifier the notice states), exact_alias, suffix_stripped, token_core, fuzzy, brand_model (a registry name found in the text), or new (organisation created from this name).';
