-- Due dates of the coordination group's steps (综合协调工作组研判). They are internal service targets
-- set by the bureau, not statutory time limits; the working days are configured in application.yaml
-- (livestream.coordination.*) and each due date is written here when its task is created, so the
-- escalation record shows every deadline next to the time the step was done.
ALTER TABLE escalation ADD COLUMN planned_meeting_date DATE;         -- 拟召开专题讨论会日期, set in triage
ALTER TABLE escalation ADD COLUMN meeting_recorded_at DATETIME;      -- when the meeting's record was entered
ALTER TABLE escalation ADD COLUMN triage_due DATETIME;
ALTER TABLE escalation ADD COLUMN meeting_due DATETIME;
ALTER TABLE escalation ADD COLUMN consolidation_due DATETIME;
ALTER TABLE escalation ADD COLUMN acknowledgement_due DATETIME;
