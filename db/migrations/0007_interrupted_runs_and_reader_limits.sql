-- 1. Interrupted runs. A crawl or ingest whose process died (kill -9, a reboot, an out-of-memory kill) never
--    closed its run row, which then said 'running' forever. Each run now records the process that runs it (pid,
--    host) and reports its progress now and then (heartbeat_at + stats so far); the next command marks runs of
--    processes that no longer exist 'interrupted' (survtrack/schema.py → db/store.py mark_interrupted_runs),
--    keeping how far they got. A run wrongly taken for dead closes itself as usual when it ends.
-- 2. The read-only dashboard role gets a statement timeout and a temporary-file limit, and no role but the
--    owner may create temporary tables in this database (PostgreSQL grants TEMPORARY to PUBLIC by default).

ALTER TABLE crawl_runs
    ADD COLUMN pid integer,
    ADD COLUMN host text,
    ADD COLUMN heartbeat_at timestamptz;
COMMENT ON COLUMN crawl_runs.pid IS 'Process id of the command running it (with host: how a later command knows it died).';
COMMENT ON COLUMN crawl_runs.host IS 'Host name of the machine the run''s process runs on.';
COMMENT ON COLUMN crawl_runs.heartbeat_at IS
    'Last time the running process reported progress (stats are updated then): the last sign of life of an interrupted run.';

ALTER TABLE crawl_runs DROP CONSTRAINT IF EXISTS crawl_runs_status_check;
ALTER TABLE crawl_runs ADD CONSTRAINT crawl_runs_status_check
    CHECK (status IN ('running', 'finished', 'partial', 'failed', 'interrupted'));
COMMENT ON COLUMN crawl_runs.status IS
    'running, finished, partial (some documents failed), failed, or interrupted (its process died before closing the run; stats hold how far it got).';
COMMENT ON COLUMN crawl_runs.finished_at IS
    'When the run ended; for an interrupted run its last sign of life (heartbeat or start); null while running.';

-- Runs left 'running' by earlier versions recorded no process, so nothing can tell whether they still run; they are
-- marked interrupted now (a process of an older version that is in fact still running closes its run as usual).
UPDATE crawl_runs
SET status = 'interrupted',
    finished_at = coalesce(heartbeat_at, started_at),
    stats = stats || jsonb_build_object('interrupted', jsonb_build_object(
        'detected_at', now(), 'reason', 'left running by a version that did not record its process'))
WHERE status = 'running';

CREATE INDEX crawl_runs_running_idx ON crawl_runs (host, pid) WHERE status = 'running';

-- Three blocks, so that a privilege one of them lacks (on an external server) does not undo the others.
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO %I', current_database(), current_user);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'survtrack_reader') THEN
        EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM survtrack_reader', current_database());
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'cannot revoke TEMPORARY on this database (%); see README "Using an external PostgreSQL"', SQLERRM;
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'survtrack_reader') THEN
        -- USERSET defaults: the dashboard also sets and checks statement_timeout on every connection it opens
        -- (db/connection.py reader_pool), so a default lost or lowered is caught there.
        ALTER ROLE survtrack_reader SET statement_timeout = '30s';
        ALTER ROLE survtrack_reader SET idle_in_transaction_session_timeout = '60s';
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'cannot set survtrack_reader timeouts (%); see README "Using an external PostgreSQL"', SQLERRM;
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'survtrack_reader') THEN
        ALTER ROLE survtrack_reader SET temp_file_limit = '1GB';  -- superuser-only: the role cannot lift it
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'cannot set survtrack_reader temp_file_limit (%): needs a superuser', SQLERRM;
END
$$;
