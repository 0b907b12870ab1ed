-- Monthly spot-check monitoring (月度抽查监测, 沪市监广告〔2021〕66号 二(二)1): each district checks at least
-- its quota of livestream items a month, focused on health (food, drugs, medical devices, cosmetics) and
-- finance; a suspected violation becomes a clue (source MONITORING).
-- One column per statement: the same file runs on H2 and MySQL.
ALTER TABLE org_unit ADD COLUMN spot_check_quota INT NOT NULL DEFAULT 10;

CREATE TABLE spot_check_assignment (
  id                  BIGINT       AUTO_INCREMENT PRIMARY KEY,
  unit_code           VARCHAR(64)  NOT NULL,  -- the district's org_unit.code (= officers' group)
  month_code          VARCHAR(7)   NOT NULL,  -- yyyy-MM
  quota               INT          NOT NULL,
  focus_areas         VARCHAR(200) NOT NULL,  -- comma-separated FocusArea codes
  status              VARCHAR(16)  NOT NULL,  -- OPEN, CLOSED
  quota_met           BOOLEAN,                -- set when closed
  checks_recorded     INT,                    -- set when closed
  reminded_at         DATETIME,               -- reminder on the 20th when below the quota
  closed_at           DATETIME,
  closed_by           VARCHAR(64),
  process_instance_id VARCHAR(64),
  created_at          DATETIME     NOT NULL,
  CONSTRAINT uk_spot_check_assignment UNIQUE (unit_code, month_code)
) ${table_options};
CREATE INDEX ix_spot_check_assignment_pi ON spot_check_assignment (process_instance_id);

CREATE TABLE spot_check (
  id                 BIGINT        AUTO_INCREMENT PRIMARY KEY,
  assignment_id      BIGINT        NOT NULL,
  check_date         DATE          NOT NULL,
  platform           VARCHAR(100)  NOT NULL,
  live_room          VARCHAR(200)  NOT NULL,  -- live room (直播间) or streamer (主播)
  account_id         VARCHAR(100),
  product_or_service VARCHAR(200)  NOT NULL,
  focus_area         VARCHAR(24)   NOT NULL,  -- FOOD, DRUG, MEDICAL_DEVICE, COSMETICS, FINANCE, OTHER
  check_result       VARCHAR(24)   NOT NULL,  -- NORMAL, SUSPECTED_VIOLATION
  violation_category VARCHAR(32),             -- DOMAIN.md §4, with a suspected violation
  description        VARCHAR(2000),
  sampling_done      BOOLEAN       NOT NULL DEFAULT FALSE,  -- product sampling (抽检)
  sampling_result    VARCHAR(24),             -- QUALIFIED, UNQUALIFIED, PENDING
  clue_id            BIGINT,
  recorded_by        VARCHAR(64)   NOT NULL,
  recorded_at        DATETIME      NOT NULL,
  CONSTRAINT fk_spot_check_assignment FOREIGN KEY (assignment_id) REFERENCES spot_check_assignment (id)
) ${table_options};
CREATE INDEX ix_spot_check_assignment ON spot_check (assignment_id);
