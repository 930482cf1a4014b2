-- Watches: saved searches (`survtrack watch add NAME --where KEY=VALUE …`) and the ledger of what each reported.
--
-- Why a ledger: `survtrack watch run` must deliver every event once per watch even when it is killed half-way.
-- An event is recorded as pending in the same transaction that detects it; each channel's delivery (the Atom
-- feed, --json output, a webhook, e-mail) is recorded right after it succeeded; pending events are delivered
-- again by the next run. UNIQUE (watch_id, event_key) means one fact is never reported twice to one watch.
-- Secrets (webhook URLs and secret, SMTP credentials) are never stored here: they come from the environment.

CREATE TABLE watches (
    id            bigserial PRIMARY KEY,
    name          text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9_-]{0,63}$'),
    where_items   text[] NOT NULL DEFAULT '{}',
    feed_uuid     uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    created_at    timestamptz NOT NULL DEFAULT now(),
    events_since  timestamptz NOT NULL DEFAULT now(),
    checked_until timestamptz,
    last_run_at   timestamptz,
    last_error    text
);
COMMENT ON TABLE watches IS 'Saved searches: each watch reports events (new, amended, taken down, designated suppliers, silent sources) about the notices its filter selects.';
COMMENT ON COLUMN watches.id IS 'Watch id.';
COMMENT ON COLUMN watches.name IS 'Unique name given by the user (lower-case letters, digits, - and _; also the feed file name).';
COMMENT ON COLUMN watches.where_items IS 'The filter as KEY=VALUE items, with the keys and meaning of survtrack export --where; parsed again at every run.';
COMMENT ON COLUMN watches.feed_uuid IS 'Stable id of the watch''s Atom feed (urn:uuid:…).';
COMMENT ON COLUMN watches.created_at IS 'When the watch was added.';
COMMENT ON COLUMN watches.events_since IS 'Only facts recorded after this time are reported (the creation time; 1900-01-01 when added with --backfill).';
COMMENT ON COLUMN watches.checked_until IS 'Watermark: every fact recorded before this time has been evaluated (rechecked with a safety margin; the ledger removes repeats).';
COMMENT ON COLUMN watches.last_run_at IS 'When survtrack watch run last evaluated the watch.';
COMMENT ON COLUMN watches.last_error IS 'Why the last evaluation failed (e.g. a filter key no longer known); null when it succeeded.';

CREATE TABLE watch_events (
    id           bigserial PRIMARY KEY,
    watch_id     bigint NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
    event_uuid   uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    event_key    text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('new', 'amended', 'taken_down', 'designated_supplier',
                                               'newly_designated', 'source_silent')),
    notice_id    bigint REFERENCES notices(id) ON DELETE SET NULL,
    source_id    text REFERENCES sources(id),
    occurred_at  timestamptz NOT NULL,
    detected_at  timestamptz NOT NULL DEFAULT now(),
    payload      jsonb NOT NULL,
    delivered_at timestamptz,
    UNIQUE (watch_id, event_key)
);
COMMENT ON TABLE watch_events IS 'Delivery ledger: every event detected for a watch, once; pending until every configured channel delivered it.';
COMMENT ON COLUMN watch_events.id IS 'Event row id (delivery order).';
COMMENT ON COLUMN watch_events.watch_id IS 'The watch.';
COMMENT ON COLUMN watch_events.event_uuid IS 'Stable public id of the event (Atom entry id, webhook and e-mail ids): receivers deduplicate on it.';
COMMENT ON COLUMN watch_events.event_key IS 'What the event is about, e.g. new:<notice>, amended:<notice>:<version>, taken_down:<notice>:<ledger event>; unique per watch.';
COMMENT ON COLUMN watch_events.kind IS 'new, amended, taken_down, designated_supplier, newly_designated or source_silent.';
COMMENT ON COLUMN watch_events.notice_id IS 'The notice concerned (null for source_silent).';
COMMENT ON COLUMN watch_events.source_id IS 'The source of the notice, or the silent source.';
COMMENT ON COLUMN watch_events.occurred_at IS 'When survtrack recorded the underlying fact (first seen, version seen, removal recorded, designation first read).';
COMMENT ON COLUMN watch_events.detected_at IS 'When survtrack watch run found the event.';
COMMENT ON COLUMN watch_events.payload IS 'The event as delivered: the notice (URL, title, archived copy SHA-256) and the evidence.';
COMMENT ON COLUMN watch_events.delivered_at IS 'When every channel configured at the time had delivered it; null while pending.';
CREATE INDEX watch_events_pending_idx ON watch_events (watch_id, id) WHERE delivered_at IS NULL;
CREATE INDEX watch_events_recent_idx ON watch_events (watch_id, detected_at DESC, id DESC);

CREATE TABLE watch_deliveries (
    event_id        bigint NOT NULL REFERENCES watch_events(id) ON DELETE CASCADE,
    channel         text NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    last_attempt_at timestamptz,
    last_error      text,
    delivered_at    timestamptz,
    PRIMARY KEY (event_id, channel)
);
COMMENT ON TABLE watch_deliveries IS 'Per event and channel: delivered or not, how often tried and the last error (a failing webhook does not make e-mail repeat).';
COMMENT ON COLUMN watch_deliveries.event_id IS 'The event.';
COMMENT ON COLUMN watch_deliveries.channel IS 'feed, json (stdout of watch run --json), webhook:<hash of the URL> or smtp:<hash of the recipients>; never the URL itself, which may hold a secret.';
COMMENT ON COLUMN watch_deliveries.attempts IS 'Delivery attempts so far (a webhook''s retries within one run count as one attempt).';
COMMENT ON COLUMN watch_deliveries.last_attempt_at IS 'When it was last tried.';
COMMENT ON COLUMN watch_deliveries.last_error IS 'Why the last attempt failed; null after success.';
COMMENT ON COLUMN watch_deliveries.delivered_at IS 'When the channel accepted it; null while it keeps failing.';

-- Watermark scans: a watch run looks only at facts recorded since its last run (plus a margin).
CREATE INDEX notices_first_seen_idx ON notices (first_seen);
CREATE INDEX notice_versions_amended_seen_idx ON notice_versions (seen_at) WHERE version > 1;
CREATE INDEX notice_events_removed_recorded_idx ON notice_events (recorded_at) WHERE event = 'removed';
CREATE INDEX designations_first_seen_idx ON designations (first_seen);

GRANT SELECT ON watches, watch_events, watch_deliveries TO survtrack_reader;
