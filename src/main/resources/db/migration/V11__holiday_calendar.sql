-- Holiday calendars (节假日安排) as data the bureau maintains: one row per version of a year's State Council
-- arrangement, entered by an administrator (PUT /api/calendar/{year}) or seeded at start-up from the files in
-- calendar/holidays-cn/ for a year the database does not have yet (calendar.HolidayCalendars). Versions are
-- never updated but for the current flag, never deleted: who entered which arrangement, when, stays known.
-- (calendar_year, version_no) is unique: of two concurrent saves of a year only one gets the next number.
CREATE TABLE holiday_calendar (
  id             BIGINT        AUTO_INCREMENT PRIMARY KEY,
  calendar_year  INT           NOT NULL,
  version_no     INT           NOT NULL,           -- 1, 2, … per year
  is_current     BOOLEAN       NOT NULL,           -- the version deadlines are computed from
  papers         VARCHAR(4000),                    -- the State Council notices, one per line
  entered_by     VARCHAR(64)   NOT NULL,           -- Camunda user; "system" for the seed from the files
  entered_at     DATETIME      NOT NULL,           -- Beijing time
  source         VARCHAR(8)    NOT NULL,           -- FILE, API
  CONSTRAINT uq_holiday_calendar_version UNIQUE (calendar_year, version_no)
) ${table_options};

-- The days of one version that differ from the Monday–Friday week: off_day TRUE a holiday (放假),
-- FALSE a make-up working day (调休上班).
CREATE TABLE holiday_calendar_day (
  calendar_id    BIGINT        NOT NULL,
  holiday_date   DATE          NOT NULL,
  off_day        BOOLEAN       NOT NULL,
  day_name       VARCHAR(20)   NOT NULL,           -- 春节, 国庆节 …
  PRIMARY KEY (calendar_id, holiday_date),
  CONSTRAINT fk_holiday_calendar_day FOREIGN KEY (calendar_id) REFERENCES holiday_calendar (id)
) ${table_options};
