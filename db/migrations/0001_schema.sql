-- survtrack schema, designed once for collection, enrichment, disclosures, watch lists and the dashboard.
-- Provenance rules: every notice points at the archived bytes it came from; every derived fact (tag, party,
-- amount, place) carries the text and offsets it came from; content changes create versions, never overwrites.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Reference: the taxonomy ids are a public contract (shared/docs/taxonomy.md).
CREATE TABLE technologies (
    id          text PRIMARY KEY,
    label       text NOT NULL,
    description text NOT NULL
);
COMMENT ON TABLE technologies IS 'The surveillance technology taxonomy; ids are a public contract and never renamed.';
COMMENT ON COLUMN technologies.id IS 'Stable taxonomy id, e.g. facial_recognition.';
COMMENT ON COLUMN technologies.label IS 'Human-readable name.';
COMMENT ON COLUMN technologies.description IS 'What counts under this id.';

INSERT INTO technologies (id, label, description) VALUES
 ('cctv', 'Video surveillance (CCTV)', 'Cameras, NVR/VMS, video networking platforms, monitoring rooms, public-space camera programmes.'),
 ('facial_recognition', 'Facial recognition', 'Face detection, recognition, comparison, ID-to-face verification, face-recognition gates and wearables.'),
 ('gait_recognition', 'Gait recognition', 'Identifying people by gait or body shape.'),
 ('vehicle_recognition', 'Vehicle and plate recognition', 'ALPR/ANPR, vehicle checkpoints, vehicle trajectory analytics.'),
 ('other_biometrics', 'Other biometrics', 'Iris, voiceprint, fingerprint/palmprint or DNA collection for policing or identity registration.'),
 ('phone_tracking', 'Phone tracking', 'IMSI catchers, Wi-Fi probes, electronic fences capturing phone identifiers, phone data extraction.'),
 ('ethnicity_analytics', 'Ethnicity analytics', 'Classifying people by ethnicity, race or minority status.'),
 ('surveillance_platform', 'Surveillance platform', 'City brain, police cloud/big-data, key-person control, integrated joint operations, real-time crime centres.'),
 ('social_credit', 'Social credit', 'Social credit platforms, personal credit scores, blacklists and joint punishment systems.');

-- Collection -------------------------------------------------------------------------------------------------
CREATE TABLE sources (
    id          text PRIMARY KEY,
    kind        text NOT NULL DEFAULT 'procurement'
                CHECK (kind IN ('procurement', 'disclosure', 'watchlist', 'import')),
    title       text,
    homepage    text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE sources IS 'Where notices come from: one row per spider, plus import labels used by survtrack ingest.';
COMMENT ON COLUMN sources.id IS 'Spider name (e.g. china_ccgp) or ingest source label.';
COMMENT ON COLUMN sources.kind IS 'procurement, disclosure, watchlist or import.';
COMMENT ON COLUMN sources.title IS 'Human-readable name of the publisher.';
COMMENT ON COLUMN sources.homepage IS 'Public homepage of the publisher.';
COMMENT ON COLUMN sources.created_at IS 'When survtrack first used this source.';

CREATE TABLE crawl_runs (
    id          bigserial PRIMARY KEY,
    source_id   text NOT NULL REFERENCES sources(id),
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    status      text NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'finished', 'partial', 'failed')),
    args        jsonb NOT NULL DEFAULT '{}'::jsonb,
    stats       jsonb NOT NULL DEFAULT '{}'::jsonb,
    demo        boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE crawl_runs IS 'One row per spider run or ingest run, with its arguments and statistics.';
COMMENT ON COLUMN crawl_runs.id IS 'Run id.';
COMMENT ON COLUMN crawl_runs.source_id IS 'The source crawled.';
COMMENT ON COLUMN crawl_runs.started_at IS 'When the run started.';
COMMENT ON COLUMN crawl_runs.finished_at IS 'When the run ended; null while running or if the process died.';
COMMENT ON COLUMN crawl_runs.status IS 'running, finished, partial (some documents failed) or failed.';
COMMENT ON COLUMN crawl_runs.args IS 'Spider arguments (since, until, sample, url, ...).';
COMMENT ON COLUMN crawl_runs.stats IS 'Counters: pages fetched, notices inserted/updated/unchanged, errors, blocked pages, removals.';
COMMENT ON COLUMN crawl_runs.demo IS 'True when the run crawled the bundled fictional demo corpus.';
CREATE INDEX crawl_runs_source_idx ON crawl_runs (source_id, started_at DESC);

CREATE TABLE documents (
    id              bigserial PRIMARY KEY,
    source_id       text REFERENCES sources(id),
    url             text NOT NULL,
    request_method  text NOT NULL DEFAULT 'GET',
    request_body    text,
    http_status     integer,
    content_type    text,
    byte_size       bigint NOT NULL,
    sha256          char(64) NOT NULL,
    archive_path    text NOT NULL,
    headers         jsonb NOT NULL DEFAULT '{}'::jsonb,
    first_fetched_at timestamptz NOT NULL,
    last_fetched_at  timestamptz NOT NULL,
    fetch_count     integer NOT NULL DEFAULT 1,
    first_run_id    bigint REFERENCES crawl_runs(id),
    UNIQUE (url, request_method, sha256)
);
COMMENT ON TABLE documents IS 'Every fetched or ingested document: the exact bytes are archived (content-addressed) before parsing.';
COMMENT ON COLUMN documents.id IS 'Document id.';
COMMENT ON COLUMN documents.source_id IS 'Source that fetched it (null for ad-hoc ingest).';
COMMENT ON COLUMN documents.url IS 'URL fetched (file:// for ingested files).';
COMMENT ON COLUMN documents.request_method IS 'HTTP method used (search APIs use POST).';
COMMENT ON COLUMN documents.request_body IS 'Request body for POST requests, so the fetch can be repeated.';
COMMENT ON COLUMN documents.http_status IS 'HTTP status of the response (null for local files).';
COMMENT ON COLUMN documents.content_type IS 'Content-Type header as received.';
COMMENT ON COLUMN documents.byte_size IS 'Size of the archived bytes.';
COMMENT ON COLUMN documents.sha256 IS 'SHA-256 of the archived bytes (hex).';
COMMENT ON COLUMN documents.archive_path IS 'Path of the bytes relative to SURVTRACK_HOME (archive/ab/cd/<sha256>).';
COMMENT ON COLUMN documents.headers IS 'Selected response headers (Last-Modified, ETag, Retry-After, charset).';
COMMENT ON COLUMN documents.first_fetched_at IS 'First time these exact bytes were fetched from this URL.';
COMMENT ON COLUMN documents.last_fetched_at IS 'Latest time these exact bytes were fetched from this URL.';
COMMENT ON COLUMN documents.fetch_count IS 'How many fetches returned these exact bytes.';
COMMENT ON COLUMN documents.first_run_id IS 'Run that first fetched these bytes.';
CREATE INDEX documents_sha_idx ON documents (sha256);
CREATE INDEX documents_url_idx ON documents (url);

CREATE TABLE crawl_errors (
    id           bigserial PRIMARY KEY,
    run_id       bigint REFERENCES crawl_runs(id),
    source_id    text REFERENCES sources(id),
    url          text,
    stage        text NOT NULL CHECK (stage IN ('fetch', 'blocked', 'parse', 'enrich', 'store', 'input')),
    http_status  integer,
    error        text NOT NULL,
    document_id  bigint REFERENCES documents(id),
    occurred_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE crawl_errors IS 'Per-document failures: one bad document is an error row, never a crashed run.';
COMMENT ON COLUMN crawl_errors.id IS 'Error id.';
COMMENT ON COLUMN crawl_errors.run_id IS 'Run during which it happened.';
COMMENT ON COLUMN crawl_errors.source_id IS 'Source concerned.';
COMMENT ON COLUMN crawl_errors.url IS 'URL or file (with line) that failed.';
COMMENT ON COLUMN crawl_errors.stage IS 'fetch, blocked (block page / rate limit), parse, enrich, store or input (bad ingest input).';
COMMENT ON COLUMN crawl_errors.http_status IS 'HTTP status when relevant.';
COMMENT ON COLUMN crawl_errors.error IS 'One-line description of the failure.';
COMMENT ON COLUMN crawl_errors.document_id IS 'Archived bytes of the failing response, when there were any.';
COMMENT ON COLUMN crawl_errors.occurred_at IS 'When it happened.';
CREATE INDEX crawl_errors_run_idx ON crawl_errors (run_id);
CREATE INDEX crawl_errors_source_idx ON crawl_errors (source_id, occurred_at DESC);

-- Notices --------------------------------------------------------------------------------------------------
CREATE TABLE notices (
    id                 bigserial PRIMARY KEY,
    source_id          text NOT NULL REFERENCES sources(id),
    source_notice_id   text NOT NULL,
    url                text NOT NULL,
    kind               text NOT NULL DEFAULT 'other'
                       CHECK (kind IN ('tender', 'award', 'disclosure', 'grant', 'plan', 'other')),
    title              text NOT NULL DEFAULT '',
    text               text NOT NULL,
    published_on       date,
    language           text,
    country            char(2),
    first_seen         timestamptz NOT NULL DEFAULT now(),
    last_seen          timestamptz NOT NULL DEFAULT now(),
    status             text NOT NULL DEFAULT 'live' CHECK (status IN ('live', 'amended', 'removed')),
    removed_on         date,
    removed_reason     text,
    content_sha256     char(64) NOT NULL,
    version            integer NOT NULL DEFAULT 1,
    document_id        bigint REFERENCES documents(id),
    demo               boolean NOT NULL DEFAULT false,
    surveillance       boolean NOT NULL DEFAULT false,
    classifier_version text,
    enriched_at        timestamptz,
    UNIQUE (source_id, source_notice_id)
);
COMMENT ON TABLE notices IS 'Procurement notices and company disclosures, current version; history in notice_versions.';
COMMENT ON COLUMN notices.id IS 'Notice id (stable across versions).';
COMMENT ON COLUMN notices.source_id IS 'Source the notice comes from.';
COMMENT ON COLUMN notices.source_notice_id IS 'The source''s own id for the notice (or its URL); unique per source.';
COMMENT ON COLUMN notices.url IS 'Public URL of the notice.';
COMMENT ON COLUMN notices.kind IS 'tender, award, disclosure, grant, plan or other.';
COMMENT ON COLUMN notices.title IS 'Title as published.';
COMMENT ON COLUMN notices.text IS 'Stored text: title + newline + body; all evidence offsets index this text.';
COMMENT ON COLUMN notices.published_on IS 'Publication date stated by the source or the notice.';
COMMENT ON COLUMN notices.language IS 'ISO 639-1 language, given by the source or detected offline.';
COMMENT ON COLUMN notices.country IS 'ISO 3166-1 alpha-2 country of the buyer/place, when known.';
COMMENT ON COLUMN notices.first_seen IS 'First time survtrack saw the notice at its source.';
COMMENT ON COLUMN notices.last_seen IS 'Latest time survtrack saw the notice at its source.';
COMMENT ON COLUMN notices.status IS 'live, amended (content changed since first seen) or removed (gone from the source).';
COMMENT ON COLUMN notices.removed_on IS 'Date the notice was found removed from its source.';
COMMENT ON COLUMN notices.removed_reason IS 'How the removal was detected: http_404, http_410, dropped_from_listing, content_replaced.';
COMMENT ON COLUMN notices.content_sha256 IS 'SHA-256 of the stored text; a change creates a new version.';
COMMENT ON COLUMN notices.version IS 'Current version number (1 = as first seen).';
COMMENT ON COLUMN notices.document_id IS 'Archived raw document of the current version.';
COMMENT ON COLUMN notices.demo IS 'True for the bundled fictional demo corpus and test fixtures.';
COMMENT ON COLUMN notices.surveillance IS 'True when at least one technology tag applies.';
COMMENT ON COLUMN notices.classifier_version IS 'Version of the cue lists and registry that produced the current enrichment.';
COMMENT ON COLUMN notices.enriched_at IS 'When the current enrichment was computed.';
CREATE INDEX notices_published_idx ON notices (published_on);
CREATE INDEX notices_status_idx ON notices (status);
CREATE INDEX notices_country_idx ON notices (country);
CREATE INDEX notices_kind_idx ON notices (kind);
CREATE INDEX notices_source_idx ON notices (source_id, last_seen);
CREATE INDEX notices_surveillance_idx ON notices (surveillance, published_on);
CREATE INDEX notices_title_trgm ON notices USING gin (title gin_trgm_ops);
CREATE INDEX notices_text_trgm ON notices USING gin (text gin_trgm_ops);

CREATE TABLE notice_versions (
    id             bigserial PRIMARY KEY,
    notice_id      bigint NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    version        integer NOT NULL,
    title          text NOT NULL,
    text           text NOT NULL,
    url            text NOT NULL,
    kind           text NOT NULL,
    published_on   date,
    content_sha256 char(64) NOT NULL,
    document_id    bigint REFERENCES documents(id),
    seen_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (notice_id, version)
);
COMMENT ON TABLE notice_versions IS 'Every version of every notice, including the current one: nothing is overwritten without history.';
COMMENT ON COLUMN notice_versions.id IS 'Version row id.';
COMMENT ON COLUMN notice_versions.notice_id IS 'The notice.';
COMMENT ON COLUMN notice_versions.version IS 'Version number, 1 = as first seen.';
COMMENT ON COLUMN notice_versions.title IS 'Title of this version.';
COMMENT ON COLUMN notice_versions.text IS 'Stored text of this version.';
COMMENT ON COLUMN notice_versions.url IS 'URL of this version.';
COMMENT ON COLUMN notice_versions.kind IS 'Kind of this version.';
COMMENT ON COLUMN notice_versions.published_on IS 'Publication date of this version.';
COMMENT ON COLUMN notice_versions.content_sha256 IS 'SHA-256 of this version''s text.';
COMMENT ON COLUMN notice_versions.document_id IS 'Archived raw document this version was parsed from.';
COMMENT ON COLUMN notice_versions.seen_at IS 'When this version was first seen.';

CREATE TABLE notice_events (
    id          bigserial PRIMARY KEY,
    notice_id   bigint NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    event       text NOT NULL CHECK (event IN ('first_seen', 'amended', 'removed', 'reappeared')),
    occurred_on date NOT NULL,
    reason      text,
    version     integer,
    document_id bigint REFERENCES documents(id),
    recorded_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE notice_events IS 'Ledger of what happened to a notice at its source: first seen, amended, removed (takedowns), reappeared.';
COMMENT ON COLUMN notice_events.id IS 'Event id.';
COMMENT ON COLUMN notice_events.notice_id IS 'The notice.';
COMMENT ON COLUMN notice_events.event IS 'first_seen, amended, removed or reappeared.';
COMMENT ON COLUMN notice_events.occurred_on IS 'Date survtrack observed the event.';
COMMENT ON COLUMN notice_events.reason IS 'For removals: http_404, http_410, dropped_from_listing, content_replaced.';
COMMENT ON COLUMN notice_events.version IS 'Notice version after the event.';
COMMENT ON COLUMN notice_events.document_id IS 'Archived response that showed the event (e.g. the 404 page), when there is one.';
COMMENT ON COLUMN notice_events.recorded_at IS 'When the event was recorded.';
CREATE INDEX notice_events_notice_idx ON notice_events (notice_id);
CREATE INDEX notice_events_event_idx ON notice_events (event, occurred_on);

CREATE TABLE reference_data (
    name      text PRIMARY KEY,
    version   text NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE reference_data IS 'Which version of each reviewed reference file (vendor registry, ...) is loaded.';
COMMENT ON COLUMN reference_data.name IS 'Reference file name (e.g. vendors).';
COMMENT ON COLUMN reference_data.version IS 'Version string of the loaded file.';
COMMENT ON COLUMN reference_data.loaded_at IS 'When it was loaded.';

-- Organisations -------------------------------------------------------------------------------------------
CREATE TABLE organisations (
    id             bigserial PRIMARY KEY,
    match_key      text NOT NULL UNIQUE,
    vendor_id      text UNIQUE,
    canonical_name text NOT NULL,
    country        char(2),
    is_vendor      boolean NOT NULL DEFAULT false,
    parent_id      bigint REFERENCES organisations(id),
    citations      jsonb NOT NULL DEFAULT '[]'::jsonb,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE organisations IS 'Buyers and vendors: registry vendors (vendor_id set) and organisations first seen in notices or lists.';
COMMENT ON COLUMN organisations.id IS 'Organisation id.';
COMMENT ON COLUMN organisations.match_key IS 'Dedup key: vendor:<vendor_id> for registry vendors, else name:<country>:<normalised name>.';
COMMENT ON COLUMN organisations.vendor_id IS 'Vendor registry slug (e.g. hikvision) when the organisation is a registry vendor.';
COMMENT ON COLUMN organisations.canonical_name IS 'Preferred display name.';
COMMENT ON COLUMN organisations.country IS 'ISO 3166-1 alpha-2 country of registration, when known.';
COMMENT ON COLUMN organisations.is_vendor IS 'True for registry vendors and for organisations seen as suppliers.';
COMMENT ON COLUMN organisations.parent_id IS 'Parent organisation for subsidiaries and brands (see organisation_links for the citation).';
COMMENT ON COLUMN organisations.citations IS 'Public sources supporting the registry facts (URLs).';
COMMENT ON COLUMN organisations.created_at IS 'When the row was created.';
COMMENT ON COLUMN organisations.updated_at IS 'When registry facts were last refreshed.';
CREATE INDEX organisations_name_trgm ON organisations USING gin (canonical_name gin_trgm_ops);
CREATE INDEX organisations_parent_idx ON organisations (parent_id);

CREATE TABLE organisation_names (
    id        bigserial PRIMARY KEY,
    org_id    bigint NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name      text NOT NULL,
    name_type text NOT NULL DEFAULT 'alias',
    lang      text,
    source    text NOT NULL DEFAULT 'registry',
    UNIQUE (org_id, name)
);
COMMENT ON TABLE organisation_names IS 'Every name an organisation is known by, in any script: legal, short, brand, former, transliteration.';
COMMENT ON COLUMN organisation_names.id IS 'Name row id.';
COMMENT ON COLUMN organisation_names.org_id IS 'The organisation.';
COMMENT ON COLUMN organisation_names.name IS 'The name as written.';
COMMENT ON COLUMN organisation_names.name_type IS 'legal, short, brand, former, transliteration, alias or as_written.';
COMMENT ON COLUMN organisation_names.lang IS 'Language/script of the name (zh, en, ru, ...).';
COMMENT ON COLUMN organisation_names.source IS 'Where the name comes from: registry, notice, list.';
CREATE INDEX organisation_names_trgm ON organisation_names USING gin (name gin_trgm_ops);

CREATE TABLE organisation_identifiers (
    id       bigserial PRIMARY KEY,
    org_id   bigint NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    scheme   text NOT NULL,
    value    text NOT NULL,
    citation text,
    UNIQUE (scheme, value, org_id)
);
COMMENT ON TABLE organisation_identifiers IS 'Public identifiers: PRC unified social credit code, LEI, SEC CIK, stock tickers.';
COMMENT ON COLUMN organisation_identifiers.id IS 'Identifier row id.';
COMMENT ON COLUMN organisation_identifiers.org_id IS 'The organisation.';
COMMENT ON COLUMN organisation_identifiers.scheme IS 'cn_uscc, lei, sec_cik, ticker, ...';
COMMENT ON COLUMN organisation_identifiers.value IS 'Identifier value.';
COMMENT ON COLUMN organisation_identifiers.citation IS 'Public source of the identifier.';

CREATE TABLE organisation_links (
    id           bigserial PRIMARY KEY,
    parent_id    bigint NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    child_id     bigint NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    relation     text NOT NULL CHECK (relation IN ('subsidiary', 'brand', 'division')),
    citation     text,
    UNIQUE (parent_id, child_id, relation)
);
COMMENT ON TABLE organisation_links IS 'Parent/subsidiary and brand relations between organisations.';
COMMENT ON COLUMN organisation_links.id IS 'Link id.';
COMMENT ON COLUMN organisation_links.parent_id IS 'Parent organisation.';
COMMENT ON COLUMN organisation_links.child_id IS 'Subsidiary, division or brand.';
COMMENT ON COLUMN organisation_links.relation IS 'subsidiary, brand or division.';
COMMENT ON COLUMN organisation_links.citation IS 'Public source of the relation.';

-- Enrichment results (derived; replaced on reprocess with the old result kept in enrichment_history) --------
CREATE TABLE notice_parties (
    id            bigserial PRIMARY KEY,
    notice_id     bigint NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    role          text NOT NULL CHECK (role IN ('buyer', 'supplier', 'mentioned')),
    raw_name      text NOT NULL,
    org_id        bigint REFERENCES organisations(id),
    match_method  text,
    match_score   real,
    start_offset  integer,
    end_offset    integer,
    classifier_version text NOT NULL
);
COMMENT ON TABLE notice_parties IS 'Organisations named in a notice, as written, with how they were resolved.';
COMMENT ON COLUMN notice_parties.id IS 'Party row id.';
COMMENT ON COLUMN notice_parties.notice_id IS 'The notice.';
COMMENT ON COLUMN notice_parties.role IS 'buyer, supplier or mentioned (vendor named in item lists or brand/model strings).';
COMMENT ON COLUMN notice_parties.raw_name IS 'Name exactly as written in the notice (= notices.text[start_offset:end_offset]).';
COMMENT ON COLUMN notice_parties.org_id IS 'Resolved organisation.';
COMMENT ON COLUMN notice_parties.match_method IS 'exact_alias, suffix_stripped, fuzzy, brand_model, or new (organisation created from this name).';
COMMENT ON COLUMN notice_parties.match_score IS 'Match score 0..1.';
COMMENT ON COLUMN notice_parties.start_offset IS 'Start of the name in the notice text.';
COMMENT ON COLUMN notice_parties.end_offset IS 'End of the name in the notice text.';
COMMENT ON COLUMN notice_parties.classifier_version IS 'Enrichment version that produced the row.';
CREATE INDEX notice_parties_notice_idx ON notice_parties (notice_id);
CREATE INDEX notice_parties_org_idx ON notice_parties (org_id, role);
CREATE INDEX notice_parties_name_trgm ON notice_parties USING gin (raw_name gin_trgm_ops);

CREATE TABLE technology_tags (
    id                 bigserial PRIMARY KEY,
    notice_id          bigint NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    taxonomy_id        text NOT NULL REFERENCES technologies(id),
    evidence           text NOT NULL,
    start_offset       integer NOT NULL,
    end_offset         integer NOT NULL,
    rule_id            text NOT NULL,
    classifier_version text NOT NULL,
    CHECK (end_offset > start_offset)
);
COMMENT ON TABLE technology_tags IS 'Technology tags with the clause that triggered each (evidence = notices.text[start_offset:end_offset]).';
COMMENT ON COLUMN technology_tags.id IS 'Tag row id.';
COMMENT ON COLUMN technology_tags.notice_id IS 'The notice.';
COMMENT ON COLUMN technology_tags.taxonomy_id IS 'Taxonomy id.';
COMMENT ON COLUMN technology_tags.evidence IS 'Quoted text that triggered the tag.';
COMMENT ON COLUMN technology_tags.start_offset IS 'Start of the evidence in the notice text.';
COMMENT ON COLUMN technology_tags.end_offset IS 'End of the evidence in the notice text.';
COMMENT ON COLUMN technology_tags.rule_id IS 'Cue or code rule that matched.';
COMMENT ON COLUMN technology_tags.classifier_version IS 'Version of the cue lists that produced the tag.';
CREATE INDEX technology_tags_taxonomy_idx ON technology_tags (taxonomy_id, notice_id);
CREATE INDEX technology_tags_notice_idx ON technology_tags (notice_id);

CREATE TABLE amounts (
    id            bigserial PRIMARY KEY,
    notice_id     bigint NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    value         numeric(20, 2),
    currency      char(3),
    kind          text NOT NULL CHECK (kind IN ('budget', 'award', 'other')),
    lot           text,
    is_headline   boolean NOT NULL DEFAULT false,
    evidence      text NOT NULL,
    start_offset  integer NOT NULL,
    end_offset    integer NOT NULL,
    usd_value     numeric(20, 2),
    usd_rate_date date,
    classifier_version text NOT NULL
);
COMMENT ON TABLE amounts IS 'Sums of money stated in a notice, one row per stated amount (several lots keep each).';
COMMENT ON COLUMN amounts.id IS 'Amount row id.';
COMMENT ON COLUMN amounts.notice_id IS 'The notice.';
COMMENT ON COLUMN amounts.value IS 'Value in whole currency units (万元/亿元 converted); null when the notice masks it.';
COMMENT ON COLUMN amounts.currency IS 'ISO 4217 currency code.';
COMMENT ON COLUMN amounts.kind IS 'budget, award or other.';
COMMENT ON COLUMN amounts.lot IS 'Lot label as written (包1, Lot 2), when stated.';
COMMENT ON COLUMN amounts.is_headline IS 'The amount exported as the notice''s headline amount.';
COMMENT ON COLUMN amounts.evidence IS 'Quoted text the amount was read from.';
COMMENT ON COLUMN amounts.start_offset IS 'Start of the evidence in the notice text.';
COMMENT ON COLUMN amounts.end_offset IS 'End of the evidence in the notice text.';
COMMENT ON COLUMN amounts.usd_value IS 'Value converted to USD, when a dated rate was applied.';
COMMENT ON COLUMN amounts.usd_rate_date IS 'Date of the exchange rate used for usd_value.';
COMMENT ON COLUMN amounts.classifier_version IS 'Enrichment version that produced the row.';
CREATE INDEX amounts_notice_idx ON amounts (notice_id);

CREATE TABLE places (
    id            bigserial PRIMARY KEY,
    notice_id     bigint NOT NULL UNIQUE REFERENCES notices(id) ON DELETE CASCADE,
    country       char(2),
    admin1        text,
    admin1_code   text,
    admin2        text,
    admin2_code   text,
    admin3        text,
    admin3_code   text,
    adcode        text,
    city          text,
    lat           double precision,
    lon           double precision,
    precision     text NOT NULL CHECK (precision IN ('country', 'admin1', 'admin2', 'admin3', 'city')),
    method        text NOT NULL,
    evidence      text,
    start_offset  integer,
    end_offset    integer,
    classifier_version text NOT NULL
);
COMMENT ON TABLE places IS 'Where the purchase happens, resolved no further than the text allows.';
COMMENT ON COLUMN places.id IS 'Place row id.';
COMMENT ON COLUMN places.notice_id IS 'The notice.';
COMMENT ON COLUMN places.country IS 'ISO 3166-1 alpha-2.';
COMMENT ON COLUMN places.admin1 IS 'Province/state name (China: official Chinese name).';
COMMENT ON COLUMN places.admin1_code IS 'Province code (China: GB/T 2260).';
COMMENT ON COLUMN places.admin2 IS 'Prefecture/county-level name outside China: second-level name.';
COMMENT ON COLUMN places.admin2_code IS 'Prefecture code (China: GB/T 2260).';
COMMENT ON COLUMN places.admin3 IS 'County/district name (China).';
COMMENT ON COLUMN places.admin3_code IS 'County code (China: GB/T 2260).';
COMMENT ON COLUMN places.adcode IS 'GB/T 2260 code of the most precise level found (China).';
COMMENT ON COLUMN places.city IS 'City or town outside China, as resolved in the gazetteer.';
COMMENT ON COLUMN places.lat IS 'Latitude (WGS 84) of the most precise level found, from an offline gazetteer.';
COMMENT ON COLUMN places.lon IS 'Longitude (WGS 84) of the most precise level found.';
COMMENT ON COLUMN places.precision IS 'country, admin1, admin2, admin3 or city.';
COMMENT ON COLUMN places.method IS 'How it was resolved (e.g. cpca:buyer, gazetteer:city).';
COMMENT ON COLUMN places.evidence IS 'Quoted text the place was read from.';
COMMENT ON COLUMN places.start_offset IS 'Start of the evidence in the notice text.';
COMMENT ON COLUMN places.end_offset IS 'End of the evidence in the notice text.';
COMMENT ON COLUMN places.classifier_version IS 'Enrichment version that produced the row.';
CREATE INDEX places_country_idx ON places (country, admin1_code, admin2_code);
CREATE INDEX places_adcode_idx ON places (adcode);

CREATE TABLE enrichment_snapshots (
    notice_id   bigint PRIMARY KEY REFERENCES notices(id) ON DELETE CASCADE,
    enrichment  jsonb NOT NULL
);
COMMENT ON TABLE enrichment_snapshots IS 'The current enrichment of each notice as one JSON document, to detect what reprocessing changes.';
COMMENT ON COLUMN enrichment_snapshots.notice_id IS 'The notice.';
COMMENT ON COLUMN enrichment_snapshots.enrichment IS 'Tags, parties, amounts and place as JSON (same shape as enrichment_history.enrichment).';

CREATE TABLE enrichment_history (
    id                 bigserial PRIMARY KEY,
    notice_id          bigint NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    notice_version     integer NOT NULL,
    classifier_version text,
    enrichment         jsonb NOT NULL,
    replaced_at        timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE enrichment_history IS 'Earlier enrichment results of a notice, kept whenever reprocessing or a new version replaced them.';
COMMENT ON COLUMN enrichment_history.id IS 'History row id.';
COMMENT ON COLUMN enrichment_history.notice_id IS 'The notice.';
COMMENT ON COLUMN enrichment_history.notice_version IS 'Notice version the old enrichment was computed on.';
COMMENT ON COLUMN enrichment_history.classifier_version IS 'Version that produced the old enrichment.';
COMMENT ON COLUMN enrichment_history.enrichment IS 'The replaced enrichment (tags, parties, amounts, place) as JSON.';
COMMENT ON COLUMN enrichment_history.replaced_at IS 'When it was replaced.';
CREATE INDEX enrichment_history_notice_idx ON enrichment_history (notice_id);

-- Watch lists -----------------------------------------------------------------------------------------------
CREATE TABLE watchlists (
    id         text PRIMARY KEY,
    name       text NOT NULL,
    authority  text,
    url        text
);
COMMENT ON TABLE watchlists IS 'Export-control and sanctions lists (e.g. us_bis_entity_list, us_fcc_covered_list).';
COMMENT ON COLUMN watchlists.id IS 'Stable list id used in exports.';
COMMENT ON COLUMN watchlists.name IS 'Official list name.';
COMMENT ON COLUMN watchlists.authority IS 'Authority maintaining the list.';
COMMENT ON COLUMN watchlists.url IS 'Public page of the list.';

CREATE TABLE designations (
    id              bigserial PRIMARY KEY,
    list_id         text NOT NULL REFERENCES watchlists(id),
    source_entry_id text NOT NULL,
    program         text,
    entity_name     text NOT NULL,
    entity_country  char(2),
    org_id          bigint REFERENCES organisations(id),
    match_method    text,
    match_score     real,
    listed_on       date,
    delisted_on     date,
    citation        text,
    source_url      text,
    document_id     bigint REFERENCES documents(id),
    raw             jsonb NOT NULL DEFAULT '{}'::jsonb,
    first_seen      timestamptz NOT NULL DEFAULT now(),
    last_seen       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (list_id, source_entry_id)
);
COMMENT ON TABLE designations IS 'Entries on watch lists, kept after delisting (delisted_on set), never deleted.';
COMMENT ON COLUMN designations.id IS 'Designation id.';
COMMENT ON COLUMN designations.list_id IS 'The list.';
COMMENT ON COLUMN designations.source_entry_id IS 'The list file''s own id for the entry.';
COMMENT ON COLUMN designations.program IS 'Sanctions/export-control program (e.g. EAR Entity List, SDN program code).';
COMMENT ON COLUMN designations.entity_name IS 'Entity name as listed.';
COMMENT ON COLUMN designations.entity_country IS 'Country of the listed entity, as listed.';
COMMENT ON COLUMN designations.org_id IS 'Matched organisation.';
COMMENT ON COLUMN designations.match_method IS 'How the entry was matched to the organisation.';
COMMENT ON COLUMN designations.match_score IS 'Match score 0..1.';
COMMENT ON COLUMN designations.listed_on IS 'Date the designation took effect.';
COMMENT ON COLUMN designations.delisted_on IS 'Date it ended (null while in force).';
COMMENT ON COLUMN designations.citation IS 'Legal citation, e.g. Federal Register notice (84 FR 54002).';
COMMENT ON COLUMN designations.source_url IS 'URL of the list file or page it was read from.';
COMMENT ON COLUMN designations.document_id IS 'Archived list file it was read from.';
COMMENT ON COLUMN designations.raw IS 'The entry as read from the list file.';
COMMENT ON COLUMN designations.first_seen IS 'First time survtrack read this entry.';
COMMENT ON COLUMN designations.last_seen IS 'Latest time survtrack read this entry.';
CREATE INDEX designations_org_idx ON designations (org_id, listed_on);
CREATE INDEX designations_name_trgm ON designations USING gin (entity_name gin_trgm_ops);
