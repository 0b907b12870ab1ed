-- Credit listings (信用名单, docs/credit.md, docs/governance.md §3): 列入经营异常名录 (ABNORMAL) and
-- 严重违法失信名单 (SERIOUS_ILLEGAL) of one supervised subject, with the periods the row was created with
-- (settings_json, basis_version): a later change of the rules or of application.yaml changes no listing made.
CREATE TABLE credit_listing (
  id                     BIGINT        AUTO_INCREMENT PRIMARY KEY,
  listing_no             VARCHAR(32)   NOT NULL,
  kind                   VARCHAR(16)   NOT NULL,
  subject_id             BIGINT        NOT NULL,
  case_id                BIGINT,
  ground                 VARCHAR(24)   NOT NULL,
  reason                 VARCHAR(2000) NOT NULL,
  found_on               DATE,
  listing_unit           VARCHAR(64)   NOT NULL,
  origin                 VARCHAR(8)    NOT NULL,
  status                 VARCHAR(24)   NOT NULL,
  basis_version          VARCHAR(64)   NOT NULL,
  settings_json          VARCHAR(1000) NOT NULL,
  notice_action_id       BIGINT,
  statement              VARCHAR(2000),
  statement_recorded_at  DATETIME,
  statement_period_end   DATETIME,
  approved_by            VARCHAR(64),
  approved_at            DATETIME,
  approval_note          VARCHAR(500),
  higher_approved_by     VARCHAR(64),
  higher_approved_at     DATETIME,
  higher_approval_note   VARCHAR(500),
  decision_action_id     BIGINT,
  listed_on              DATE,
  listing_due            DATETIME,
  listing_overdue        BOOLEAN       NOT NULL DEFAULT FALSE,
  publication_due        DATETIME,
  published_on           DATE,
  publication_note       VARCHAR(500),
  publication_overdue    BOOLEAN       NOT NULL DEFAULT FALSE,
  expires_on             DATE,
  serious_review_on      DATE,
  removal_reason         VARCHAR(24),
  removal_action_id      BIGINT,
  removed_on             DATE,
  publicity_stop_due     DATETIME,
  publicity_stopped_on   DATE,
  process_instance_id    VARCHAR(64),
  proposed_by            VARCHAR(64)   NOT NULL,
  proposed_at            DATETIME      NOT NULL,
  -- subject id and kind while the listing is open (not removed, not refused), else NULL: two proposals of the
  -- same listing for one subject sent at once cannot both be stored (409, not a second listing)
  open_key               VARCHAR(48),
  CONSTRAINT uq_credit_listing_no UNIQUE (listing_no),
  CONSTRAINT uq_credit_listing_open UNIQUE (open_key),
  CONSTRAINT fk_credit_listing_subject FOREIGN KEY (subject_id) REFERENCES supervised_subject (id)
) ${table_options};

CREATE INDEX ix_credit_listing_subject ON credit_listing (subject_id);
CREATE INDEX ix_credit_listing_status ON credit_listing (status, kind);

-- What the party filed after the listing: an application for removal (移出申请 / 信用修复) or an objection
-- (异议, 经营异常名录), with the decision on it.
CREATE TABLE credit_listing_request (
  id             BIGINT        AUTO_INCREMENT PRIMARY KEY,
  listing_id     BIGINT        NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  received_on    DATE          NOT NULL,
  grounds        VARCHAR(2000) NOT NULL,
  recorded_by    VARCHAR(64)   NOT NULL,
  recorded_at    DATETIME      NOT NULL,
  due            DATETIME,
  decision       VARCHAR(16),
  decided_by     VARCHAR(64),
  decided_at     DATETIME,
  decision_note  VARCHAR(2000),
  CONSTRAINT fk_credit_request_listing FOREIGN KEY (listing_id) REFERENCES credit_listing (id)
) ${table_options};

CREATE INDEX ix_credit_request_listing ON credit_listing_request (listing_id);

-- 联合惩戒通报: one notice per department that acts on the listing, tracked like the coordination group's
-- department notices (department_notice): feedback deadline, reminder, overdue flag, feedback; and the notice
-- that the listing was lifted after the removal.
CREATE TABLE credit_notice (
  id                    BIGINT        AUTO_INCREMENT PRIMARY KEY,
  listing_id            BIGINT        NOT NULL,
  department            VARCHAR(32)   NOT NULL,
  feedback_working_days INT           NOT NULL,
  sent_at               DATETIME,
  feedback_due          DATETIME,
  reminded_at           DATETIME,
  overdue               BOOLEAN       NOT NULL DEFAULT FALSE,
  feedback              VARCHAR(4000),
  recorded_by           VARCHAR(64),
  received_at           DATETIME,
  lifted_notice_at      DATETIME,
  CONSTRAINT fk_credit_notice_listing FOREIGN KEY (listing_id) REFERENCES credit_listing (id),
  CONSTRAINT uq_credit_notice_department UNIQUE (listing_id, department)
) ${table_options};

-- The register reads its own column (docs/governance.md §1.7): the listings a subject is on now, e.g.
-- ABNORMAL,SERIOUS_ILLEGAL; kept by the credit feature through SubjectRegistry.setListingFlags.
ALTER TABLE supervised_subject ADD COLUMN listing_flags VARCHAR(40);
