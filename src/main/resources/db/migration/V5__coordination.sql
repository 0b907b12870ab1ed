-- Coordination group escalation (综合协调工作组研判): a district's major or difficult problem, or a clue
-- touching other departments' duties, triaged by the group (广告处/网监处), answered with guidance, a
-- topical meeting (专题讨论会) and/or notices to other departments with feedback deadlines.
-- The same file runs on H2 and MySQL (utf8mb4: text columns kept within MySQL's 65,535-byte row).

CREATE TABLE escalation (
  id                    BIGINT        AUTO_INCREMENT PRIMARY KEY,
  escalation_no         VARCHAR(32)   NOT NULL,
  source                VARCHAR(16)   NOT NULL, -- CLUE, TASKLIST, API
  clue_id               BIGINT,
  reporting_unit        VARCHAR(64)   NOT NULL,
  title                 VARCHAR(200)  NOT NULL,
  description           VARCHAR(2000) NOT NULL,
  category              VARCHAR(32),            -- DOMAIN.md §4
  suggested_departments VARCHAR(400),           -- comma-separated Department names
  status                VARCHAR(24)   NOT NULL, -- TRIAGE, IN_PROGRESS, CONSOLIDATING, AWAITING_ACKNOWLEDGEMENT, CLOSED
  answer_directly       BOOLEAN       NOT NULL DEFAULT FALSE,
  convene_meeting       BOOLEAN       NOT NULL DEFAULT FALSE,
  notify_departments    BOOLEAN       NOT NULL DEFAULT FALSE,
  triage_guidance       VARCHAR(2000),
  triaged_by            VARCHAR(64),
  triaged_at            DATETIME,
  meeting_date          DATE,
  meeting_participants  VARCHAR(500),
  meeting_minutes       VARCHAR(4000),
  meeting_conclusions   VARCHAR(2000),
  guidance              VARCHAR(2000),          -- the guidance the reporting unit receives
  guidance_by           VARCHAR(64),
  guidance_at           DATETIME,
  acknowledged_by       VARCHAR(64),
  acknowledged_at       DATETIME,
  acknowledgement_note  VARCHAR(500),
  process_instance_id   VARCHAR(64),
  reported_by           VARCHAR(64)   NOT NULL,
  reported_at           DATETIME      NOT NULL,
  closed_at             DATETIME,
  CONSTRAINT uq_escalation_no UNIQUE (escalation_no)
) ${table_options};
CREATE INDEX ix_escalation_clue ON escalation (clue_id);
CREATE INDEX ix_escalation_unit ON escalation (reporting_unit);

-- Every step: who, when, what was decided (the group's periodic review reads this).
CREATE TABLE escalation_event (
  id            BIGINT        AUTO_INCREMENT PRIMARY KEY,
  escalation_id BIGINT        NOT NULL,
  step          VARCHAR(32)   NOT NULL,
  decision      VARCHAR(64),
  detail        VARCHAR(4000),
  actor         VARCHAR(64)   NOT NULL,
  occurred_at   DATETIME      NOT NULL,
  CONSTRAINT fk_escalation_event FOREIGN KEY (escalation_id) REFERENCES escalation (id)
) ${table_options};
CREATE INDEX ix_escalation_event ON escalation_event (escalation_id);

-- One notice to another department (网信, 商务, 公安 …) and its feedback.
CREATE TABLE department_notice (
  id                    BIGINT        AUTO_INCREMENT PRIMARY KEY,
  escalation_id         BIGINT        NOT NULL,
  department            VARCHAR(32)   NOT NULL,
  feedback_working_days INT           NOT NULL,
  sent_at               DATETIME,
  feedback_due          DATETIME,
  reminded_at           DATETIME,
  overdue               BOOLEAN       NOT NULL DEFAULT FALSE,
  feedback              VARCHAR(4000),
  recorded_by           VARCHAR(64),
  received_at           DATETIME,
  CONSTRAINT fk_notice_escalation FOREIGN KEY (escalation_id) REFERENCES escalation (id),
  CONSTRAINT uq_notice_department UNIQUE (escalation_id, department)
) ${table_options};

-- The complaint and report centre's monthly summary of livestream complaint and report leads to the
-- group (seed 000 §一): compiled from complaint and clue rows, never typed by hand.
CREATE TABLE complaint_lead_summary (
  id                  BIGINT        AUTO_INCREMENT PRIMARY KEY,
  summary_month       VARCHAR(7)    NOT NULL, -- yyyy-MM
  complaint_count     INT           NOT NULL,
  report_count        INT           NOT NULL,
  summary             VARCHAR(8000) NOT NULL,
  compiled_at         DATETIME      NOT NULL,
  submitted_by        VARCHAR(64),
  submitted_at        DATETIME,
  centre_remarks      VARCHAR(2000),
  reviewed_by         VARCHAR(64),
  reviewed_at         DATETIME,
  review_note         VARCHAR(2000),
  process_instance_id VARCHAR(64),
  CONSTRAINT uq_lead_summary_month UNIQUE (summary_month)
) ${table_options};
