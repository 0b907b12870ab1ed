-- Who opened whose personal data (个人信息访问记录): one row per unmasked read of a complainant's contact
-- data or a real-name reporter's identity, written when it is shown. Kept like the records it refers to;
-- rows are never updated. Readable by the handling unit's heads and the supervisors
-- (GET /api/complaints/{no}/access-log).
CREATE TABLE personal_data_access (
  id           BIGINT       AUTO_INCREMENT PRIMARY KEY,
  user_id      VARCHAR(64)  NOT NULL,              -- Camunda user who read it
  record_kind  VARCHAR(16)  NOT NULL,              -- COMPLAINT, CLUE
  record_no    VARCHAR(32)  NOT NULL,              -- TS-… complaint number, XS-… clue number
  shown        VARCHAR(16)  NOT NULL,              -- COMPLAINANT, REPORTER
  channel      VARCHAR(8)   NOT NULL,              -- API, TASK
  accessed_at  DATETIME     NOT NULL               -- Beijing time
) ${table_options};
CREATE INDEX ix_personal_data_access_record ON personal_data_access (record_kind, record_no);
CREATE INDEX ix_personal_data_access_user ON personal_data_access (user_id, accessed_at);
