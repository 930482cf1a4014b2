-- A notice's purchase state (round 32, task money32): "withdrawn" when the notice withdraws its own purchase (a
-- tender cancelled or failed, a contract voted down or withdrawn), with the clause that says so.
--
-- Why: such a notice's headline amount is the budget it stated (the label writers of sets ad, ae and ag label it),
-- not money spent. The dashboard's totals, the map's values and the per-buyer and per-vendor sums add headline
-- amounts as money bought, so they leave withdrawn notices out (db/queries/money.py bought); the notice is still
-- listed, labelled "cancelled: budget, not spent". The state is also kept in enrichment_snapshots and, when replaced,
-- in enrichment_history (as "purchase_state"), like every other enrichment fact.
-- Rows stored before this migration keep null (no state) until `survtrack reprocess`.

ALTER TABLE notices ADD COLUMN purchase_state text CHECK (purchase_state IN ('withdrawn'));
ALTER TABLE notices ADD COLUMN purchase_state_evidence text;
ALTER TABLE notices ADD COLUMN purchase_state_start integer;
ALTER TABLE notices ADD COLUMN purchase_state_end integer;
COMMENT ON COLUMN notices.purchase_state IS 'withdrawn (the notice withdraws its own purchase: a tender cancelled or failed, a contract voted down; its amounts are a budget, not money spent, and money sums leave it out) or null (exported as purchase_state).';
COMMENT ON COLUMN notices.purchase_state_evidence IS 'The clause that says the purchase is withdrawn (= notices.text[purchase_state_start:purchase_state_end]).';
COMMENT ON COLUMN notices.purchase_state_start IS 'Start of that clause in the notice text.';
COMMENT ON COLUMN notices.purchase_state_end IS 'End of that clause in the notice text.';
CREATE INDEX notices_withdrawn_idx ON notices (id) WHERE purchase_state IS NOT NULL;  -- the few money sums leave out
