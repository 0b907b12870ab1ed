-- Issue 16, special campaigns (专项整治, docs/governance.md §4, docs/campaign.md): the campaign with its period,
-- focus and participating units, quotas per unit and metric, the records tagged with it (at intake or later), and
-- the figures frozen when the campaign's review is done. Seeds 003 三、一 (网剑行动, 清网行动, 直播带货专项治理) and
-- 004 三、一.
CREATE TABLE campaign (
  id                  BIGINT        AUTO_INCREMENT PRIMARY KEY,
  code                VARCHAR(16)   NOT NULL,  -- ZX-yyyy-NN
  name                VARCHAR(200)  NOT NULL,
  level               VARCHAR(16)   NOT NULL,  -- CITY, DISTRICT
  owner_unit          VARCHAR(64)   NOT NULL,
  period_from         DATE          NOT NULL,
  period_to           DATE          NOT NULL,
  focus_categories    VARCHAR(400),            -- ViolationCategory names, comma separated
  product_areas       VARCHAR(400),            -- FocusArea names, comma separated
  description         VARCHAR(2000),
  joint_departments   VARCHAR(400),
  status              VARCHAR(16)   NOT NULL,  -- PLANNED, REJECTED, ACTIVE, SUMMARISING, REVIEW, CLOSED
  approved_by         VARCHAR(64),
  approved_at         DATETIME,
  approval_remarks    VARCHAR(2000),
  summary_due         DATETIME,
  review_remarks      VARCHAR(2000),
  reviewed_by         VARCHAR(64),
  process_instance_id VARCHAR(64),
  created_by          VARCHAR(64)   NOT NULL,
  created_at          DATETIME      NOT NULL,
  closed_at           DATETIME,
  CONSTRAINT uk_campaign_code UNIQUE (code)
) ${table_options};
CREATE INDEX ix_campaign_status ON campaign (status, period_from);

CREATE TABLE campaign_unit (
  id             BIGINT        AUTO_INCREMENT PRIMARY KEY,
  campaign_id    BIGINT        NOT NULL,
  unit           VARCHAR(64)   NOT NULL,
  summary        VARCHAR(2000),
  submitted_by   VARCHAR(64),
  submitted_at   DATETIME,
  summary_due    DATETIME,
  reminded_at    DATETIME,
  overdue        BOOLEAN       NOT NULL DEFAULT FALSE,
  CONSTRAINT uk_campaign_unit UNIQUE (campaign_id, unit),
  CONSTRAINT fk_campaign_unit_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ${table_options};

CREATE TABLE campaign_quota (
  id          BIGINT        AUTO_INCREMENT PRIMARY KEY,
  campaign_id BIGINT        NOT NULL,
  unit        VARCHAR(64)   NOT NULL,
  metric      VARCHAR(16)   NOT NULL,  -- SPOT_CHECKS, CLUES, INTERVIEWS, CASES
  target      INT           NOT NULL,
  active      BOOLEAN       NOT NULL DEFAULT TRUE,  -- a quota replaced before the start is kept, inactive
  CONSTRAINT uk_campaign_quota UNIQUE (campaign_id, unit, metric),
  CONSTRAINT fk_campaign_quota_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ${table_options};

CREATE TABLE campaign_tag (
  id          BIGINT        AUTO_INCREMENT PRIMARY KEY,
  campaign_id BIGINT        NOT NULL,
  record_kind VARCHAR(16)   NOT NULL,  -- SPOT_CHECK, CLUE, CASE, INTERVIEW, LISTING, TRANSFER
  record_id   BIGINT        NOT NULL,
  unit        VARCHAR(64)   NOT NULL,
  tagged_by   VARCHAR(64)   NOT NULL,
  tagged_at   DATETIME      NOT NULL,
  via         VARCHAR(8)    NOT NULL,  -- INTAKE, LATER
  removed_by  VARCHAR(64),             -- a tag taken off is kept with who and when (no row is deleted)
  removed_at  DATETIME,
  CONSTRAINT uk_campaign_tag UNIQUE (campaign_id, record_kind, record_id),
  CONSTRAINT fk_campaign_tag_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ${table_options};
CREATE INDEX ix_campaign_tag_record ON campaign_tag (record_kind, record_id);

CREATE TABLE campaign_report_figures (
  id           BIGINT        AUTO_INCREMENT PRIMARY KEY,
  campaign_id  BIGINT        NOT NULL,
  unit         VARCHAR(64)   NOT NULL,
  figures_json VARCHAR(4000) NOT NULL,
  frozen_at    DATETIME      NOT NULL,
  CONSTRAINT uk_campaign_report_figures UNIQUE (campaign_id, unit),
  CONSTRAINT fk_campaign_figures_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ${table_options};
