-- Criminal transfer (涉嫌犯罪移送): statutory deadlines, their breaches, the enforcement action that
-- numbered the transfer document, and the police's decision on reconsideration (复议).
-- One column per statement: the same file runs on H2 and MySQL.
ALTER TABLE criminal_transfer ADD COLUMN clue_no VARCHAR(32);
ALTER TABLE criminal_transfer ADD COLUMN subject_id BIGINT;
ALTER TABLE criminal_transfer ADD COLUMN approval_due DATETIME;
ALTER TABLE criminal_transfer ADD COLUMN approval_overdue BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE criminal_transfer ADD COLUMN action_id BIGINT;
ALTER TABLE criminal_transfer ADD COLUMN transfer_due DATETIME;
ALTER TABLE criminal_transfer ADD COLUMN transfer_overdue BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE criminal_transfer ADD COLUMN transferred_by VARCHAR(64);
ALTER TABLE criminal_transfer ADD COLUMN police_decision_due DATETIME;
ALTER TABLE criminal_transfer ADD COLUMN police_reminded_at DATETIME;
ALTER TABLE criminal_transfer ADD COLUMN reconsideration_note VARCHAR(2000);
ALTER TABLE criminal_transfer ADD COLUMN reconsideration_decided_by VARCHAR(64);
ALTER TABLE criminal_transfer ADD COLUMN reconsideration_requested_at DATETIME;
ALTER TABLE criminal_transfer ADD COLUMN reconsideration_decision VARCHAR(24);
ALTER TABLE criminal_transfer ADD COLUMN reconsideration_reason VARCHAR(2000);
ALTER TABLE criminal_transfer ADD COLUMN reconsideration_decided_at DATETIME;
ALTER TABLE criminal_transfer ADD COLUMN closed_at DATETIME;
CREATE INDEX ix_transfer_clue ON criminal_transfer (clue_id);
