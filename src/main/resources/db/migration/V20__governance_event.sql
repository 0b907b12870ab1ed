-- Issue 16, governance beyond single cases (docs/governance.md §1.6): one timeline table for the five kinds of record
-- (interviews, credit listings, campaigns, typical cases, department transfers), like clue_event. Each row is a step
-- or decision that is not itself a document (documents are enforcement_action rows): who, when, what.
CREATE TABLE governance_event (
  id          BIGINT        AUTO_INCREMENT PRIMARY KEY,
  record_kind VARCHAR(20)   NOT NULL,
  record_id   BIGINT        NOT NULL,
  step        VARCHAR(40)   NOT NULL,
  decision    VARCHAR(40),
  detail      VARCHAR(2000),
  actor       VARCHAR(64),
  occurred_at DATETIME      NOT NULL
) ${table_options};
CREATE INDEX ix_governance_event_record ON governance_event (record_kind, record_id, occurred_at);
