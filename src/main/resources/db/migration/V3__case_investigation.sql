-- Case investigation (立案查处): what the process records beyond V2's case_file.
ALTER TABLE case_file ADD COLUMN filing_note VARCHAR(2000);
ALTER TABLE case_file ADD COLUMN filing_decided_by VARCHAR(64);
ALTER TABLE case_file ADD COLUMN extension_requested BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE case_file ADD COLUMN extension_note VARCHAR(2000);
ALTER TABLE case_file ADD COLUMN deadline_overdue BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE case_file ADD COLUMN supervision_note VARCHAR(2000);
ALTER TABLE case_file ADD COLUMN crime_suspected BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE case_file ADD COLUMN suspected_offence VARCHAR(1000);
ALTER TABLE case_file ADD COLUMN findings VARCHAR(4000);
ALTER TABLE case_file ADD COLUMN licence_revocation BOOLEAN;
ALTER TABLE case_file ADD COLUMN suspend_business BOOLEAN;
ALTER TABLE case_file ADD COLUMN hearing_right BOOLEAN;
ALTER TABLE case_file ADD COLUMN service_due DATETIME;
ALTER TABLE case_file ADD COLUMN service_overdue BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE case_file ADD COLUMN publication_due DATETIME;
CREATE INDEX ix_case_clue ON case_file (clue_id);
CREATE INDEX ix_excluded_case ON case_excluded_period (case_id);
