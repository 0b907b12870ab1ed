-- The platforms' channel (平台协同共治接口, docs/platform-api.md): platforms registered as API clients, never Camunda
-- users; what each sent (clues, subject batches, self-inspection reports), and every call (never personal data).
-- One statement per change and portable types: the same file runs on H2 and MySQL/MariaDB.

-- A platform as an API client. The secret is never stored: only its PBKDF2 hash (algorithm$iterations$salt$hash).
CREATE TABLE platform_client (
  id                    BIGINT        AUTO_INCREMENT PRIMARY KEY,
  client_id             VARCHAR(32)   NOT NULL,  -- the platform's code, the user name of HTTP Basic
  platform_name         VARCHAR(100)  NOT NULL,  -- as in supervised_subject.platform_name (抖音, 快手 …)
  credit_code           VARCHAR(18),             -- the operator's 统一社会信用代码, if given
  district_code         VARCHAR(16),             -- where the platform is registered (its district reads its reports)
  contact_name          VARCHAR(50)   NOT NULL,
  contact_phone         VARCHAR(20),
  contact_email         VARCHAR(100),
  scopes                VARCHAR(200)  NOT NULL,  -- comma list of CLUES, SUBJECTS, REPORTS
  requests_per_minute   INT,                     -- null: livestream.platform.requests-per-minute
  secret_hash           VARCHAR(200)  NOT NULL,
  enabled               BOOLEAN       NOT NULL,
  secret_rotated_at     DATETIME      NOT NULL,
  created_by            VARCHAR(64)   NOT NULL,
  created_at            DATETIME      NOT NULL,
  CONSTRAINT uk_platform_client_id UNIQUE (client_id),
  CONSTRAINT uk_platform_client_name UNIQUE (platform_name)
) ${table_options};

-- Every call on /platform-api: who, what, answer, when, how long; the batch id if any. No bodies, no query strings.
CREATE TABLE platform_call_log (
  id            BIGINT        AUTO_INCREMENT PRIMARY KEY,
  client_id     VARCHAR(32),                     -- null when the credentials were not a client's
  method        VARCHAR(8)    NOT NULL,
  path          VARCHAR(200)  NOT NULL,
  status        INT           NOT NULL,
  called_at     DATETIME      NOT NULL,
  duration_ms   BIGINT        NOT NULL,
  batch_id      VARCHAR(64)
) ${table_options};
CREATE INDEX ix_platform_call_client ON platform_call_log (client_id, called_at);

-- A clue a platform submitted: its own number, the clue it became, a hash of what was sent (a retry sends the same).
CREATE TABLE platform_clue (
  id            BIGINT        AUTO_INCREMENT PRIMARY KEY,
  client_pk     BIGINT        NOT NULL,
  external_no   VARCHAR(40)   NOT NULL,
  clue_id       BIGINT        NOT NULL,
  request_hash  VARCHAR(64)   NOT NULL,
  submitted_at  DATETIME      NOT NULL,
  CONSTRAINT uk_platform_clue UNIQUE (client_pk, external_no),
  CONSTRAINT fk_platform_clue_client FOREIGN KEY (client_pk) REFERENCES platform_client (id),
  CONSTRAINT fk_platform_clue_clue FOREIGN KEY (clue_id) REFERENCES clue (id)
) ${table_options};

-- A batch of subjects a platform reported, stored whole or not at all; its rows point into the register.
CREATE TABLE platform_subject_batch (
  id            BIGINT        AUTO_INCREMENT PRIMARY KEY,
  client_pk     BIGINT        NOT NULL,
  batch_id      VARCHAR(64)   NOT NULL,
  request_hash  VARCHAR(64)   NOT NULL,
  row_count     INT           NOT NULL,
  created_count INT           NOT NULL,            -- rows that were new to the register
  received_at   DATETIME      NOT NULL,
  CONSTRAINT uk_platform_subject_batch UNIQUE (client_pk, batch_id),
  CONSTRAINT fk_platform_batch_client FOREIGN KEY (client_pk) REFERENCES platform_client (id)
) ${table_options};
CREATE TABLE platform_subject_row (
  batch_pk      BIGINT        NOT NULL,
  row_index     INT           NOT NULL,
  subject_id    BIGINT        NOT NULL,
  created       BOOLEAN       NOT NULL,
  PRIMARY KEY (batch_pk, row_index),
  CONSTRAINT fk_platform_row_batch FOREIGN KEY (batch_pk) REFERENCES platform_subject_batch (id),
  CONSTRAINT fk_platform_row_subject FOREIGN KEY (subject_id) REFERENCES supervised_subject (id)
) ${table_options};

-- A platform's periodic self-inspection report (自查报告): the period, a summary and its figures.
CREATE TABLE platform_report (
  id                  BIGINT        AUTO_INCREMENT PRIMARY KEY,
  client_pk           BIGINT        NOT NULL,
  report_no           VARCHAR(40)   NOT NULL,      -- the platform's own number: a retry sends the same
  period_from         DATE          NOT NULL,
  period_to           DATE          NOT NULL,
  summary             VARCHAR(4000) NOT NULL,
  rooms_inspected     INT,
  violations_found    INT,
  items_taken_down    INT,
  accounts_sanctioned INT,
  clues_submitted     INT,
  request_hash        VARCHAR(64)   NOT NULL,
  received_at         DATETIME      NOT NULL,
  CONSTRAINT uk_platform_report UNIQUE (client_pk, report_no),
  CONSTRAINT fk_platform_report_client FOREIGN KEY (client_pk) REFERENCES platform_client (id)
) ${table_options};
