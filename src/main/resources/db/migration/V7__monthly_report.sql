-- Monthly report (月度数据报送, 沪市监广告〔2021〕66号 三(三)): every district reports its livestream
-- supervision figures for the month just ended before the 5th; 广告处 (the coordination group)
-- reviews the city-wide compilation, which is then frozen in monthly_report_figures.
-- One column per statement: the same file runs on H2 and MySQL.

-- One row per reported month.
CREATE TABLE monthly_report (
  id                  BIGINT        AUTO_INCREMENT PRIMARY KEY,
  month_code          VARCHAR(7)    NOT NULL,  -- the month reported on, yyyy-MM
  status              VARCHAR(16)   NOT NULL,  -- COLLECTING, REVIEWING, FROZEN
  submission_due      DATETIME      NOT NULL,  -- end of the 4th (Beijing): "before the 5th"
  process_instance_id VARCHAR(64),
  opened_at           DATETIME      NOT NULL,
  review_started_at   DATETIME,
  frozen_at           DATETIME,
  frozen_by           VARCHAR(64),
  review_remarks      VARCHAR(2000),
  CONSTRAINT uk_monthly_report UNIQUE (month_code)
) ${table_options};

-- One district's submission for a month.
CREATE TABLE district_report (
  id                  BIGINT        AUTO_INCREMENT PRIMARY KEY,
  report_id           BIGINT        NOT NULL,
  unit_code           VARCHAR(64)   NOT NULL,  -- the district's org_unit.code
  month_code          VARCHAR(7)    NOT NULL,
  status              VARCHAR(16)   NOT NULL,  -- PENDING, SUBMITTED
  due_at              DATETIME      NOT NULL,
  reminded_at         DATETIME,                -- reminder on the 3rd
  overdue             BOOLEAN       NOT NULL DEFAULT FALSE,  -- not submitted when the 5th began
  overdue_at          DATETIME,
  submitted_at        DATETIME,
  submitted_by        VARCHAR(64),
  on_time             BOOLEAN,
  remarks             VARCHAR(2000),           -- 情况说明
  suggestions         VARCHAR(2000),           -- 工作建议
  CONSTRAINT uk_district_report UNIQUE (unit_code, month_code),
  CONSTRAINT fk_district_report FOREIGN KEY (report_id) REFERENCES monthly_report (id)
) ${table_options};

-- The frozen statistics table (DOMAIN.md §7): one row per district as reviewed by 广告处; later
-- changes to complaints, clues or cases do not alter it. City totals are the sums of these rows.
CREATE TABLE monthly_report_figures (
  id                        BIGINT        AUTO_INCREMENT PRIMARY KEY,
  month_code                VARCHAR(7)    NOT NULL,
  unit_code                 VARCHAR(64)   NOT NULL,
  unit_name                 VARCHAR(100)  NOT NULL,
  display_order             INT           NOT NULL,
  spot_checks               INT           NOT NULL,
  spot_check_quota          INT           NOT NULL,
  suspected_violations      INT           NOT NULL,
  clues_received            INT           NOT NULL,
  clues_verified            INT           NOT NULL,
  admonitions               INT           NOT NULL,
  guidance_letters          INT           NOT NULL,
  orders_to_correct         INT           NOT NULL,
  orders_corrected          INT           NOT NULL,
  takedowns                 INT           NOT NULL,
  cases_filed               INT           NOT NULL,
  cases_decided             INT           NOT NULL,
  fines                     DECIMAL(14,2) NOT NULL,
  confiscations             DECIMAL(14,2) NOT NULL,
  criminal_transfers        INT           NOT NULL,
  complaints_received       INT           NOT NULL,
  complaints_accepted       INT           NOT NULL,
  complaints_closed         INT           NOT NULL,
  complaints_closed_on_time INT           NOT NULL,
  reports_received          INT           NOT NULL,
  reports_verified          INT           NOT NULL,
  reports_verified_on_time  INT           NOT NULL,
  refunds_recovered         DECIMAL(14,2) NOT NULL,
  escalations               INT           NOT NULL,
  submitted_on_time         BOOLEAN,
  remarks                   VARCHAR(2000),
  suggestions               VARCHAR(2000),
  frozen_at                 DATETIME      NOT NULL,
  CONSTRAINT uk_monthly_report_figures UNIQUE (month_code, unit_code)
) ${table_options};
