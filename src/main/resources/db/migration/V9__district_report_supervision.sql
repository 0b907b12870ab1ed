-- Monthly report (月度数据报送): a district that has not reported when the 5th begins gets its head's
-- supervision (逾期未报送督办); who supervised, when, and the note are kept with the district's report.
-- A district report closed unsubmitted when the month is frozen has status NOT_SUBMITTED (未报送).
-- One column per statement: the same file runs on H2 and MySQL.
ALTER TABLE district_report ADD COLUMN supervised_at DATETIME;
ALTER TABLE district_report ADD COLUMN supervised_by VARCHAR(64);
ALTER TABLE district_report ADD COLUMN supervision_note VARCHAR(1000);
