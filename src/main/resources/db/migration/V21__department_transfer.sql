-- Department transfer (部门移送, docs/governance.md §6, docs/department-transfer.md): a clue or finding another
-- department must act on (网信, 公安 beyond criminal transfer, 药监, 知识产权, 商务 …, a market regulator elsewhere)
-- is transferred with a letter (移送函, DEPARTMENT_TRANSFER in enforcement_action), a receipt and a feedback
-- deadline. Its steps are rows of governance_event (record_kind TRANSFER). The same file runs on H2 and MySQL.

CREATE TABLE department_transfer (
  id                    BIGINT        AUTO_INCREMENT PRIMARY KEY,
  transfer_no           VARCHAR(32)   NOT NULL,
  department            VARCHAR(32)   NOT NULL, -- coordination.Department
  recipient_name        VARCHAR(200),           -- required for MARKET_REGULATION_ELSEWHERE
  clue_id               BIGINT,
  case_id               BIGINT,
  sender_unit           VARCHAR(64)   NOT NULL, -- the requesting unit; it records the receipt and the feedback
  status                VARCHAR(24)   NOT NULL, -- AWAITING_APPROVAL, AWAITING_FORWARD, SENT, RECEIVED, CLOSED, REFUSED, RETURNED_BY_GROUP
  reason                VARCHAR(32)   NOT NULL, -- OUTSIDE_COMPETENCE, OTHER_DEPARTMENT_ACTION
  facts                 VARCHAR(2000) NOT NULL,
  materials             VARCHAR(1000),
  basis                 VARCHAR(500),
  feedback_working_days INT           NOT NULL,
  not_criminal          BOOLEAN       NOT NULL DEFAULT FALSE,
  via_coordination      BOOLEAN       NOT NULL DEFAULT FALSE,
  approved_by           VARCHAR(64),
  approved_at           DATETIME,
  approval_note         VARCHAR(500),
  forwarded_by          VARCHAR(64),
  forwarded_at          DATETIME,
  forward_note          VARCHAR(500),
  issuing_unit          VARCHAR(64),            -- who issued the letter: the coordination group when it forwarded
  action_id             BIGINT,                 -- enforcement_action of the letter (文号)
  sent_at               DATETIME,
  receipt_due           DATETIME,
  receipt_reminded_at   DATETIME,
  received_on           DATE,
  receiver              VARCHAR(100),
  receipt_recorded_by   VARCHAR(64),
  feedback_due          DATETIME,
  reminded_at           DATETIME,
  overdue               BOOLEAN       NOT NULL DEFAULT FALSE,
  feedback              VARCHAR(4000),
  outcome               VARCHAR(16),            -- ACCEPTED, RETURNED, HANDLED
  feedback_recorded_by  VARCHAR(64),
  feedback_recorded_at  DATETIME,
  process_instance_id   VARCHAR(64),
  requested_by          VARCHAR(64)   NOT NULL,
  requested_at          DATETIME      NOT NULL,
  closed_at             DATETIME,
  CONSTRAINT uq_department_transfer_no UNIQUE (transfer_no)
) ${table_options};
CREATE INDEX ix_department_transfer_unit ON department_transfer (sender_unit, requested_at);
CREATE INDEX ix_department_transfer_clue ON department_transfer (clue_id);
-- the monthly statistics' 「移交其他部门」: letters sent in the month, by the requesting unit
CREATE INDEX ix_department_transfer_sent ON department_transfer (sent_at, sender_unit);

-- The register's subjects the transfer concerns (the subject page's 部门移送 section).
CREATE TABLE department_transfer_subject (
  transfer_id BIGINT NOT NULL,
  subject_id  BIGINT NOT NULL,
  CONSTRAINT pk_department_transfer_subject PRIMARY KEY (transfer_id, subject_id),
  CONSTRAINT fk_department_transfer_subject FOREIGN KEY (transfer_id) REFERENCES department_transfer (id)
) ${table_options};
CREATE INDEX ix_department_transfer_subject ON department_transfer_subject (subject_id);

-- The monthly statistics' new column 「移交其他部门」 (seed 003「移交案件线索169条」), appended after the others; months
-- frozen before it count 0.
ALTER TABLE monthly_report_figures ADD COLUMN department_transfers INT NOT NULL DEFAULT 0;
