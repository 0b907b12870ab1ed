-- Every deadline the engine was given (a user task's due date, a timer's due date) with what it was computed from,
-- so that it can be computed again when a year of the holiday calendar is entered or corrected (issue 13), and
-- whether it was provisional: counted over a year the calendar did not know yet (weekends only).
CREATE TABLE deadline (
  id                   BIGINT        AUTO_INCREMENT PRIMARY KEY,
  process_instance_id  VARCHAR(64)   NOT NULL,
  activity_id          VARCHAR(255)  NOT NULL,   -- the user task or the timer event
  activity_name        VARCHAR(255),
  target_kind          VARCHAR(8)    NOT NULL,   -- TASK (ACT_RU_TASK.ID_) or TIMER (ACT_RU_JOB.ID_)
  target_id            VARCHAR(64)   NOT NULL,
  start_day            DATE          NOT NULL,   -- the day the period starts from (not counted)
  amount               INT           NOT NULL,   -- N
  unit                 VARCHAR(32)   NOT NULL,   -- WORKING_DAYS, CALENDAR_DAYS, CALENDAR_DAYS_TO_WORKING_DAY
  due_at               DATETIME      NOT NULL,   -- Beijing time, as the engine holds it
  due_year             INT           NOT NULL,   -- the year of due_at: which calendar years the period spans
  start_year           INT           NOT NULL,
  provisional          BOOLEAN       NOT NULL,   -- a year in [start_day, due_at] had no holiday calendar
  is_open              BOOLEAN       NOT NULL DEFAULT TRUE,  -- false once its task or timer was found gone
  first_due_at         DATETIME      NOT NULL,   -- as first computed, and whether it was provisional then
  first_provisional    BOOLEAN       NOT NULL,
  created_at           DATETIME      NOT NULL,
  recomputed_at        DATETIME
) ${table_options};

CREATE UNIQUE INDEX ux_deadline_target ON deadline (target_kind, target_id);
CREATE INDEX ix_deadline_years ON deadline (is_open, start_year, due_year);
CREATE INDEX ix_deadline_instance ON deadline (process_instance_id);

-- Each time a deadline was computed again: old and new date, why, by whom. Shown in the record's timeline.
CREATE TABLE deadline_change (
  id                   BIGINT        AUTO_INCREMENT PRIMARY KEY,
  deadline_id          BIGINT        NOT NULL,
  process_instance_id  VARCHAR(64)   NOT NULL,
  old_due_at           DATETIME      NOT NULL,
  new_due_at           DATETIME      NOT NULL,
  old_provisional      BOOLEAN       NOT NULL,
  new_provisional      BOOLEAN       NOT NULL,
  reason               VARCHAR(500)  NOT NULL,
  changed_by           VARCHAR(64)   NOT NULL,
  changed_at           DATETIME      NOT NULL,
  CONSTRAINT fk_deadline_change FOREIGN KEY (deadline_id) REFERENCES deadline (id)
) ${table_options};

CREATE INDEX ix_deadline_change_instance ON deadline_change (process_instance_id);
