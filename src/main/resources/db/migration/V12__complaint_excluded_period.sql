-- Time of testing, inspection or appraisal (检定、检验、检测、鉴定) during a complaint's mediation: not counted in the
-- 45 working days of mediation (市场监督管理投诉举报处理暂行办法 Art.20; the 45 days: Art.21(五)). One row per period an officer
-- recorded; the complaint's mediation_deadline and its running mediation-limit timers move by working_days.
CREATE TABLE complaint_excluded_period (
  id            BIGINT        AUTO_INCREMENT PRIMARY KEY,
  complaint_id  BIGINT        NOT NULL,
  start_date    DATE          NOT NULL,
  end_date      DATE          NOT NULL,            -- start and end day both excluded
  working_days  INT           NOT NULL,            -- working days in [start_date, end_date] (WorkCalendar)
  note          VARCHAR(1000),
  recorded_by   VARCHAR(64)   NOT NULL,
  recorded_at   DATETIME      NOT NULL,            -- Beijing time
  CONSTRAINT fk_complaint_excluded_period FOREIGN KEY (complaint_id) REFERENCES complaint (id)
) ${table_options};

CREATE INDEX ix_complaint_excluded_period ON complaint_excluded_period (complaint_id);
