-- Domain schema of the livestream supervision system (complaint path).
-- One script for H2 and MySQL/MariaDB: ${table_options} is empty on H2 and
-- "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ..." on MySQL (see application.yaml).

-- Units of the organisation; loaded from organization/shanghai.yaml at start-up.
CREATE TABLE org_unit (
  code          VARCHAR(64)  NOT NULL PRIMARY KEY, -- equals the officers' Camunda group id, e.g. district-310113
  name          VARCHAR(100) NOT NULL,
  kind          VARCHAR(32)  NOT NULL,             -- DISTRICT, COMPLAINT_CENTRE, ENFORCEMENT_CORPS, MONITORING_CENTRE, COORDINATION, SUPERVISION
  district_code VARCHAR(16),                        -- districts only: 310113, LINGANG, AIRPORT
  head_group    VARCHAR(64),                        -- the heads' (负责人) group id, e.g. district-310113-head
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  sort_order    INT          NOT NULL DEFAULT 0,
  updated_at    DATETIME     NOT NULL,
  CONSTRAINT uk_org_unit_district UNIQUE (district_code)
) ${table_options};

-- Registry of supervised subjects (监管对象); extended by the enforcement work.
CREATE TABLE supervised_subject (
  id            BIGINT       AUTO_INCREMENT PRIMARY KEY,
  subject_type  VARCHAR(20)  NOT NULL,  -- PLATFORM, ROOM_OPERATOR, STREAMER, AGENCY, MERCHANT
  name          VARCHAR(200) NOT NULL,
  credit_code   VARCHAR(18),            -- 统一社会信用代码 (organisations)
  platform_name VARCHAR(100),           -- for rooms and streamers
  account_id    VARCHAR(100),           -- platform account id (rooms and streamers)
  district_code VARCHAR(16),            -- place of registration / business
  created_at    DATETIME     NOT NULL,
  CONSTRAINT uk_subject_credit_code UNIQUE (subject_type, credit_code),
  CONSTRAINT uk_subject_account UNIQUE (subject_type, platform_name, account_id)
) ${table_options};
CREATE INDEX ix_subject_name ON supervised_subject (subject_type, name);

-- Per-key counters for document and record numbers (TS-20261122-00001 …).
CREATE TABLE number_sequence (
  seq_key    VARCHAR(64) NOT NULL PRIMARY KEY,
  last_value BIGINT      NOT NULL
) ${table_options};

CREATE TABLE complaint (
  id                  BIGINT        AUTO_INCREMENT PRIMARY KEY,
  complaint_no        VARCHAR(32)   NOT NULL,
  source              VARCHAR(16)   NOT NULL,  -- NATIONAL_12315, HOTLINE, LETTER, PLATFORM
  external_no         VARCHAR(64),
  received_at         DATETIME      NOT NULL,
  reported_district   VARCHAR(16),             -- district named by the complainant, if any
  product             VARCHAR(200),
  order_no            VARCHAR(64),
  amount_paid         DECIMAL(12,2),
  claims              VARCHAR(64)   NOT NULL,  -- comma list of RETURN, REFUND, COMPENSATION, OTHER
  description         VARCHAR(2000) NOT NULL,
  life_health_risk    BOOLEAN       NOT NULL DEFAULT FALSE,
  jurisdiction        VARCHAR(16),             -- district with jurisdiction as resolved by routing
  handling_unit       VARCHAR(64),             -- org_unit.code working the complaint
  status              VARCHAR(24)   NOT NULL,
  outcome             VARCHAR(32),
  acceptance_due      DATETIME,
  accepted_at         DATETIME,
  acceptance_overdue  BOOLEAN       NOT NULL DEFAULT FALSE,
  rerouted            BOOLEAN       NOT NULL DEFAULT FALSE,
  mediation_deadline  DATETIME,
  closed_at           DATETIME,
  closed_on_time      BOOLEAN,
  process_instance_id VARCHAR(64),
  registered_by       VARCHAR(64),
  created_at          DATETIME      NOT NULL,
  CONSTRAINT uk_complaint_no UNIQUE (complaint_no),
  CONSTRAINT uk_complaint_external_no UNIQUE (source, external_no)
) ${table_options};
CREATE INDEX ix_complaint_received ON complaint (received_at);
CREATE INDEX ix_complaint_unit ON complaint (handling_unit, status);

-- The complainant's personal data (投诉人信息) is kept apart from the complaint and never
-- enters the process: Cockpit would show process variables to every supervisor.
CREATE TABLE complainant (
  complaint_id BIGINT      NOT NULL PRIMARY KEY,
  name         VARCHAR(50) NOT NULL,
  phone        VARCHAR(20) NOT NULL,
  confidential BOOLEAN     NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_complainant_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
) ${table_options};

CREATE TABLE complaint_subject (
  complaint_id BIGINT      NOT NULL,
  role         VARCHAR(20) NOT NULL, -- PLATFORM, STREAMER, MERCHANT
  subject_id   BIGINT      NOT NULL,
  PRIMARY KEY (complaint_id, role),
  CONSTRAINT fk_cs_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
  CONSTRAINT fk_cs_subject FOREIGN KEY (subject_id) REFERENCES supervised_subject (id)
) ${table_options};
CREATE INDEX ix_complaint_subject_subject ON complaint_subject (subject_id);

-- Every step and decision taken on a complaint: who, when, what.
CREATE TABLE complaint_event (
  id           BIGINT        AUTO_INCREMENT PRIMARY KEY,
  complaint_id BIGINT        NOT NULL,
  step         VARCHAR(40)   NOT NULL,
  decision     VARCHAR(40),
  detail       VARCHAR(2000),
  actor        VARCHAR(64),
  occurred_at  DATETIME      NOT NULL,
  CONSTRAINT fk_ce_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
) ${table_options};
CREATE INDEX ix_complaint_event_complaint ON complaint_event (complaint_id, occurred_at);

-- Findings of verification (调查核实).
CREATE TABLE complaint_finding (
  complaint_id         BIGINT        NOT NULL PRIMARY KEY,
  substantiated        BOOLEAN       NOT NULL,
  facts                VARCHAR(2000) NOT NULL,
  remedy_types         VARCHAR(64),             -- comma list of RETURN, REFUND, COMPENSATION
  amount_owed          DECIMAL(12,2),
  violation_clue_found BOOLEAN       NOT NULL DEFAULT FALSE,
  clue_category        VARCHAR(32),
  clue_description     VARCHAR(2000),
  recorded_by          VARCHAR(64),
  recorded_at          DATETIME      NOT NULL,
  CONSTRAINT fk_cf_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
) ${table_options};

-- One remedy obligation (督促退赔) per responsible party.
CREATE TABLE remedy_obligation (
  id               BIGINT        AUTO_INCREMENT PRIMARY KEY,
  complaint_id     BIGINT        NOT NULL,
  party_role       VARCHAR(20)   NOT NULL, -- STREAMER, PLATFORM, MERCHANT
  subject_id       BIGINT,
  remedy_types     VARCHAR(64)   NOT NULL,
  amount_owed      DECIMAL(12,2) NOT NULL,
  status           VARCHAR(20)   NOT NULL, -- PENDING, NOTIFIED, URGED, FULFILLED, REFERRED, ENDED
  notice_no        VARCHAR(40),
  notified_at      DATETIME,
  deadline         DATETIME,
  urged_at         DATETIME,
  urge_note        VARCHAR(2000),
  fulfilled_amount DECIMAL(12,2),
  fulfilled_on     DATE,
  refusal_reason   VARCHAR(2000),
  referral_id      BIGINT,
  updated_by       VARCHAR(64),
  CONSTRAINT fk_ro_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
  CONSTRAINT uk_ro_party UNIQUE (complaint_id, party_role)
) ${table_options};

-- Referral of a complaint matter to enforcement (移送执法): becomes a clue for clue-verification.
CREATE TABLE referral (
  id                  BIGINT        AUTO_INCREMENT PRIMARY KEY,
  referral_no         VARCHAR(32)   NOT NULL,
  complaint_id        BIGINT        NOT NULL,
  remedy_id           BIGINT,
  subject_id          BIGINT,
  category            VARCHAR(32)   NOT NULL, -- DOMAIN.md §4, e.g. CONSUMER_RIGHTS
  reason              VARCHAR(32)   NOT NULL, -- REMEDY_REFUSED, VIOLATION_CLUE
  facts               VARCHAR(2000) NOT NULL,
  target_unit         VARCHAR(64)   NOT NULL,
  status              VARCHAR(24)   NOT NULL, -- DISPATCHED, AWAITING_DISPATCH
  process_instance_id VARCHAR(64),
  created_by          VARCHAR(64),
  created_at          DATETIME      NOT NULL,
  CONSTRAINT uk_referral_no UNIQUE (referral_no),
  CONSTRAINT fk_referral_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
) ${table_options};
