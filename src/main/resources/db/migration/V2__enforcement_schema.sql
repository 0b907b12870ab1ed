-- Enforcement: clues, their verification, the documents issued (文号), cases and criminal transfers.

-- A clue (线索): from monitoring, a report, another department, a superior, a platform or a complaint.
CREATE TABLE clue (
  id                          BIGINT        AUTO_INCREMENT PRIMARY KEY,
  clue_no                     VARCHAR(32)   NOT NULL,
  source                      VARCHAR(32)   NOT NULL, -- MONITORING, REPORT, DEPARTMENT_REFERRAL, SUPERIOR_ASSIGNMENT, PLATFORM, COMPLAINT_ESCALATION
  external_no                 VARCHAR(64),
  received_at                 DATETIME      NOT NULL,
  category                    VARCHAR(32)   NOT NULL, -- DOMAIN.md §4
  district_code               VARCHAR(16),
  handling_unit               VARCHAR(64),
  facts                       VARCHAR(4000) NOT NULL,
  evidence                    VARCHAR(4000),          -- one reference (URL or file name) per line
  referral_id                 BIGINT,                 -- complaint referral it came from
  real_name_report            BOOLEAN       NOT NULL DEFAULT FALSE,
  status                      VARCHAR(24)   NOT NULL,
  verification_due            DATETIME,
  extension_requested         BOOLEAN       NOT NULL DEFAULT FALSE,
  extension_granted           BOOLEAN,
  verification_overdue        BOOLEAN       NOT NULL DEFAULT FALSE,
  -- findings (核查结果)
  substantiated               BOOLEAN,
  life_health_risk            BOOLEAN,
  major_property_loss         BOOLEAN,
  harm_caused                 BOOLEAN,
  corrected_promptly          BOOLEAN,
  illegal_turnover            DECIMAL(14,2),
  refund_refused              BOOLEAN,
  other_departments_involved  BOOLEAN,
  major_or_difficult          BOOLEAN,
  findings                    VARCHAR(4000),
  verified_at                 DATETIME,
  -- the tiered response (分级处置)
  proposed_tier               VARCHAR(24),
  tier                        VARCHAR(24),
  tier_change_reason          VARCHAR(2000),
  escalated                   BOOLEAN       NOT NULL DEFAULT FALSE,
  decided_at                  DATETIME,
  reporter_notified_at        DATETIME,
  outcome                     VARCHAR(32),
  closed_at                   DATETIME,
  process_instance_id         VARCHAR(64),
  registered_by               VARCHAR(64),
  created_at                  DATETIME      NOT NULL,
  CONSTRAINT uk_clue_no UNIQUE (clue_no),
  CONSTRAINT uk_clue_external_no UNIQUE (source, external_no)
) ${table_options};
CREATE INDEX ix_clue_unit ON clue (handling_unit, status);
CREATE INDEX ix_clue_received ON clue (received_at);

CREATE TABLE clue_subject (
  clue_id    BIGINT      NOT NULL,
  subject_id BIGINT      NOT NULL,
  PRIMARY KEY (clue_id, subject_id),
  CONSTRAINT fk_clue_subject_clue FOREIGN KEY (clue_id) REFERENCES clue (id),
  CONSTRAINT fk_clue_subject_subject FOREIGN KEY (subject_id) REFERENCES supervised_subject (id)
) ${table_options};
CREATE INDEX ix_clue_subject_subject ON clue_subject (subject_id);

-- A real-name reporter's identity (投诉举报办法 Art.33): readable by the handling unit only, never a
-- process variable, never logged.
CREATE TABLE clue_reporter (
  clue_id   BIGINT       NOT NULL PRIMARY KEY,
  name      VARCHAR(50)  NOT NULL,
  phone     VARCHAR(20),
  id_number VARCHAR(18),
  address   VARCHAR(200),
  CONSTRAINT fk_clue_reporter_clue FOREIGN KEY (clue_id) REFERENCES clue (id)
) ${table_options};

-- Every enforcement action with its document (文书): admonition, guidance letter, order to correct,
-- follow-up check, lenient decision, case filing, penalty decision, service, publication, transfer.
CREATE TABLE enforcement_action (
  id            BIGINT        AUTO_INCREMENT PRIMARY KEY,
  action_type   VARCHAR(32)   NOT NULL,
  document_no   VARCHAR(64),            -- 文号, numbered per unit, document kind and year
  clue_id       BIGINT,
  case_id       BIGINT,
  subject_id    BIGINT,
  unit          VARCHAR(64)   NOT NULL,
  issued_on     DATE          NOT NULL,
  deadline      DATETIME,
  outcome       VARCHAR(32),
  officers      VARCHAR(200),           -- comma list of the officers' user ids
  detail        VARCHAR(4000),
  created_at    DATETIME      NOT NULL,
  CONSTRAINT uk_action_document_no UNIQUE (document_no)
) ${table_options};
CREATE INDEX ix_action_clue ON enforcement_action (clue_id);
CREATE INDEX ix_action_case ON enforcement_action (case_id);
CREATE INDEX ix_action_subject ON enforcement_action (subject_id, issued_on);

-- A filed case (立案查处).
CREATE TABLE case_file (
  id                      BIGINT        AUTO_INCREMENT PRIMARY KEY,
  case_no                 VARCHAR(64)   NOT NULL,  -- 立案文号
  clue_id                 BIGINT        NOT NULL,
  subject_id              BIGINT,
  unit                    VARCHAR(64)   NOT NULL,
  status                  VARCHAR(24)   NOT NULL,  -- AWAITING_FILING, NOT_FILED, INVESTIGATING, AWAITING_HEARING, AWAITING_DECISION, DECIDED, SERVED, PUBLISHED, TRANSFERRED, CLOSED
  filed_at                DATETIME,
  decision_due            DATETIME,                -- 90 days, +30 on extension, + excluded periods
  extended                BOOLEAN       NOT NULL DEFAULT FALSE,
  excluded_days           INT           NOT NULL DEFAULT 0,
  planned_penalty         VARCHAR(200),
  hearing_notified_at     DATETIME,
  hearing_requested       BOOLEAN,
  fine_amount             DECIMAL(14,2),
  confiscation_amount     DECIMAL(14,2),
  warning                 BOOLEAN,
  publication             BOOLEAN,
  serious_violation_list  BOOLEAN,
  decided_at              DATETIME,
  decision_no             VARCHAR(64),
  served_at               DATETIME,
  published_at            DATETIME,
  closed_at               DATETIME,
  outcome                 VARCHAR(32),
  process_instance_id     VARCHAR(64),
  created_at              DATETIME      NOT NULL,
  CONSTRAINT uk_case_no UNIQUE (case_no),
  CONSTRAINT fk_case_clue FOREIGN KEY (clue_id) REFERENCES clue (id)
) ${table_options};

-- Time that does not count towards the case deadline: hearing, testing/appraisal, public notice.
CREATE TABLE case_excluded_period (
  id         BIGINT       AUTO_INCREMENT PRIMARY KEY,
  case_id    BIGINT       NOT NULL,
  kind       VARCHAR(24)  NOT NULL, -- HEARING, TESTING, PUBLIC_NOTICE
  start_date DATE         NOT NULL,
  end_date   DATE         NOT NULL,
  days       INT          NOT NULL,
  note       VARCHAR(1000),
  recorded_by VARCHAR(64),
  recorded_at DATETIME    NOT NULL,
  CONSTRAINT fk_excluded_case FOREIGN KEY (case_id) REFERENCES case_file (id)
) ${table_options};

-- A transfer of a suspected crime to the police (涉嫌犯罪移送).
CREATE TABLE criminal_transfer (
  id                      BIGINT        AUTO_INCREMENT PRIMARY KEY,
  transfer_no             VARCHAR(64),             -- 移送文号, once approved
  clue_id                 BIGINT        NOT NULL,
  case_id                 BIGINT,
  unit                    VARCHAR(64)   NOT NULL,
  status                  VARCHAR(24)   NOT NULL,  -- REPORTED, APPROVED, REJECTED, TRANSFERRED, ACCEPTED, REFUSED, RECONSIDERATION, RETURNED
  reporting_officers      VARCHAR(200)  NOT NULL,  -- at least two user ids
  suspected_offence       VARCHAR(200),
  report_facts            VARCHAR(4000),
  illegal_turnover        DECIMAL(14,2),
  reported_at             DATETIME      NOT NULL,
  approved                BOOLEAN,
  approval_note           VARCHAR(2000),
  approved_by             VARCHAR(64),
  approved_at             DATETIME,
  transferred_at          DATETIME,
  police_unit             VARCHAR(200),
  police_decision         VARCHAR(24),             -- ACCEPTED, REFUSED
  police_decided_at       DATETIME,
  police_reason           VARCHAR(2000),
  reconsideration_requested BOOLEAN,
  outcome                 VARCHAR(32),
  process_instance_id     VARCHAR(64),
  CONSTRAINT fk_transfer_clue FOREIGN KEY (clue_id) REFERENCES clue (id)
) ${table_options};

-- Every step and decision taken on a clue that is not itself a document: who, when, what.
CREATE TABLE clue_event (
  id          BIGINT        AUTO_INCREMENT PRIMARY KEY,
  clue_id     BIGINT        NOT NULL,
  step        VARCHAR(40)   NOT NULL,
  decision    VARCHAR(40),
  detail      VARCHAR(2000),
  actor       VARCHAR(64),
  occurred_at DATETIME      NOT NULL,
  CONSTRAINT fk_clue_event_clue FOREIGN KEY (clue_id) REFERENCES clue (id)
) ${table_options};
CREATE INDEX ix_clue_event_clue ON clue_event (clue_id, occurred_at);
