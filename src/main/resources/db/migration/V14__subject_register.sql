-- The register of supervised subjects (监管对象名录库, issue 14; seed 000 §二(一)1, seed 002 协同共治).
-- One record per real party: an organisation by its unified social credit code whatever roles it plays, a
-- streamer or live room by platform and account id. Roles are a set (subject_role), relations are data with
-- from/to dates (subject_relation), names and accounts keep their history (subject_name_history), every merge
-- is recorded (subject_merge) and every officer's change audited (subject_change).
-- Until now (subject_type, credit_code) was unique, so one company became one row per type: this migration
-- merges those duplicates into the oldest row, re-points every reference and keeps all roles. Nothing is
-- removed (RetentionTest: the application never deletes a domain record): a merged row stays, marked with
-- merged_into and stripped of the identity it now shares with its survivor (kept in subject_merge).
-- One column per statement and no procedural SQL: the same file runs on H2 and MariaDB (10.3+ lets an
-- UPDATE read its own table in a subquery, which the clue_subject step needs).

-- 重点商户 in livelihood areas (HEALTH, FINANCE, FOOD), the figures that make a streamer influential, the
-- risk grade officers record, and when the record was last corrected.
ALTER TABLE supervised_subject ADD COLUMN key_area VARCHAR(16);
ALTER TABLE supervised_subject ADD COLUMN followers BIGINT;
ALTER TABLE supervised_subject ADD COLUMN annual_turnover DECIMAL(16,2);
ALTER TABLE supervised_subject ADD COLUMN risk_level VARCHAR(16);
ALTER TABLE supervised_subject ADD COLUMN updated_at DATETIME;
-- set on a record merged into another: the survivor's id (the identity columns are then cleared)
ALTER TABLE supervised_subject ADD COLUMN merged_into BIGINT;

-- The roles a party plays (SubjectType names); supervised_subject.subject_type stays as the role it was first
-- registered in.
CREATE TABLE subject_role (
  subject_id BIGINT      NOT NULL,
  role       VARCHAR(20) NOT NULL,
  added_at   DATETIME    NOT NULL,
  removed_at DATETIME,               -- an officer's correction took the role away (kept, not deleted)
  PRIMARY KEY (subject_id, role),
  CONSTRAINT fk_subject_role_subject FOREIGN KEY (subject_id) REFERENCES supervised_subject (id)
) ${table_options};
CREATE INDEX ix_subject_role_role ON subject_role (role, subject_id);

-- Relations between parties: OPERATES (room operator -> room), SIGNED_WITH (streamer -> agency),
-- ON_PLATFORM (room or shop -> platform); valid_to NULL while current.
CREATE TABLE subject_relation (
  id              BIGINT      AUTO_INCREMENT PRIMARY KEY,
  from_subject_id BIGINT      NOT NULL,
  to_subject_id   BIGINT      NOT NULL,
  relation_type   VARCHAR(20) NOT NULL,
  valid_from      DATE,
  valid_to        DATE,
  recorded_by     VARCHAR(64),
  recorded_at     DATETIME    NOT NULL,
  CONSTRAINT fk_subject_relation_from FOREIGN KEY (from_subject_id) REFERENCES supervised_subject (id),
  CONSTRAINT fk_subject_relation_to FOREIGN KEY (to_subject_id) REFERENCES supervised_subject (id)
) ${table_options};
CREATE INDEX ix_subject_relation_from ON subject_relation (from_subject_id);
CREATE INDEX ix_subject_relation_to ON subject_relation (to_subject_id);

-- Every name and account a subject has been known by (renames are common): REGISTERED, INTAKE, MERGE,
-- CORRECTION, IMPORT.
CREATE TABLE subject_name_history (
  id            BIGINT       AUTO_INCREMENT PRIMARY KEY,
  subject_id    BIGINT       NOT NULL,
  name          VARCHAR(200) NOT NULL,
  credit_code   VARCHAR(18),
  platform_name VARCHAR(100),
  account_id    VARCHAR(100),
  source        VARCHAR(16)  NOT NULL,
  recorded_at   DATETIME     NOT NULL,
  CONSTRAINT fk_subject_name_history_subject FOREIGN KEY (subject_id) REFERENCES supervised_subject (id)
) ${table_options};
CREATE INDEX ix_subject_name_history_subject ON subject_name_history (subject_id, recorded_at);

-- A record merged into another: the merged record is gone, this row keeps what it was and where it went, and
-- an id still held elsewhere (a process variable, a link) is followed to its survivor.
CREATE TABLE subject_merge (
  id                   BIGINT       AUTO_INCREMENT PRIMARY KEY,
  merged_id            BIGINT       NOT NULL,
  survivor_id          BIGINT       NOT NULL,
  reason               VARCHAR(16)  NOT NULL,  -- CREDIT_CODE, ACCOUNT
  merged_type          VARCHAR(20)  NOT NULL,
  merged_name          VARCHAR(200) NOT NULL,
  merged_credit_code   VARCHAR(18),
  merged_platform_name VARCHAR(100),
  merged_account_id    VARCHAR(100),
  merged_district_code VARCHAR(16),
  merged_at            DATETIME     NOT NULL,
  merged_by            VARCHAR(64)  NOT NULL,
  CONSTRAINT uk_subject_merge_merged UNIQUE (merged_id)
) ${table_options};
CREATE INDEX ix_subject_merge_survivor ON subject_merge (survivor_id);

-- Every officer's correction or addition: who, when, which field, old and new value.
CREATE TABLE subject_change (
  id         BIGINT        AUTO_INCREMENT PRIMARY KEY,
  subject_id BIGINT        NOT NULL,
  field      VARCHAR(32)   NOT NULL,
  old_value  VARCHAR(400),
  new_value  VARCHAR(400),
  changed_by VARCHAR(64)   NOT NULL,
  changed_at DATETIME      NOT NULL,
  CONSTRAINT fk_subject_change_subject FOREIGN KEY (subject_id) REFERENCES supervised_subject (id)
) ${table_options};
CREATE INDEX ix_subject_change_subject ON subject_change (subject_id, changed_at);

-- Administrators' settings of the register: the influential-streamer thresholds (docs/register.md).
CREATE TABLE subject_setting (
  setting_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
  setting_value VARCHAR(200) NOT NULL,
  updated_by    VARCHAR(64),
  updated_at    DATETIME
) ${table_options};
INSERT INTO subject_setting (setting_key, setting_value) VALUES ('influential.followers', '1000000');
INSERT INTO subject_setting (setting_key, setting_value) VALUES ('influential.annual-turnover', '100000000');

-- Every existing record: its role and the name it was registered under.
INSERT INTO subject_role (subject_id, role, added_at) SELECT id, subject_type, created_at FROM supervised_subject;
INSERT INTO subject_name_history (subject_id, name, credit_code, platform_name, account_id, source, recorded_at)
  SELECT id, name, credit_code, platform_name, account_id, 'REGISTERED', created_at FROM supervised_subject;

-- Pass 1: the same unified social credit code, whatever the type, is one organisation.
INSERT INTO subject_merge (merged_id, survivor_id, reason, merged_type, merged_name, merged_credit_code,
    merged_platform_name, merged_account_id, merged_district_code, merged_at, merged_by)
  SELECT s.id, g.survivor_id, 'CREDIT_CODE', s.subject_type, s.name, s.credit_code, s.platform_name, s.account_id,
      s.district_code, CURRENT_TIMESTAMP, 'V14 migration'
  FROM supervised_subject s
  JOIN (SELECT credit_code, MIN(id) AS survivor_id FROM supervised_subject WHERE credit_code IS NOT NULL
        GROUP BY credit_code HAVING COUNT(*) > 1) g ON g.credit_code = s.credit_code
  WHERE s.id <> g.survivor_id AND s.merged_into IS NULL;
INSERT INTO subject_role (subject_id, role, added_at)
  SELECT m.survivor_id, r.role, MIN(r.added_at) FROM subject_role r
  JOIN subject_merge m ON m.merged_id = r.subject_id AND m.reason = 'CREDIT_CODE'
  WHERE NOT EXISTS (SELECT 1 FROM subject_role r2 WHERE r2.subject_id = m.survivor_id AND r2.role = r.role)
  GROUP BY m.survivor_id, r.role;
INSERT INTO subject_name_history (subject_id, name, credit_code, platform_name, account_id, source, recorded_at)
  SELECT m.survivor_id, h.name, h.credit_code, h.platform_name, h.account_id, 'MERGE', h.recorded_at
  FROM subject_name_history h JOIN subject_merge m ON m.merged_id = h.subject_id AND m.reason = 'CREDIT_CODE';
UPDATE supervised_subject SET district_code = (SELECT MIN(m.merged_district_code) FROM subject_merge m
    WHERE m.survivor_id = supervised_subject.id AND m.reason = 'CREDIT_CODE')
  WHERE district_code IS NULL AND id IN (SELECT survivor_id FROM subject_merge WHERE reason = 'CREDIT_CODE'
    AND merged_district_code IS NOT NULL);
-- the merged record keeps its row, marked, without the identity its survivor now holds
UPDATE supervised_subject SET merged_into = (SELECT m.survivor_id FROM subject_merge m
    WHERE m.merged_id = supervised_subject.id), credit_code = NULL, platform_name = NULL, account_id = NULL
  WHERE id IN (SELECT merged_id FROM subject_merge WHERE reason = 'CREDIT_CODE');
UPDATE complaint_subject SET subject_id = (SELECT m.survivor_id FROM subject_merge m WHERE m.merged_id = complaint_subject.subject_id)
  WHERE subject_id IN (SELECT merged_id FROM subject_merge WHERE reason = 'CREDIT_CODE');
UPDATE remedy_obligation SET subject_id = (SELECT m.survivor_id FROM subject_merge m WHERE m.merged_id = remedy_obligation.subject_id)
  WHERE subject_id IN (SELECT merged_id FROM subject_merge WHERE reason = 'CREDIT_CODE');
UPDATE referral SET subject_id = (SELECT m.survivor_id FROM subject_merge m WHERE m.merged_id = referral.subject_id)
  WHERE subject_id IN (SELECT merged_id FROM subject_merge WHERE reason = 'CREDIT_CODE');
UPDATE enforcement_action SET subject_id = (SELECT m.survivor_id FROM subject_merge m WHERE m.merged_id = enforcement_action.subject_id)
  WHERE subject_id IN (SELECT merged_id FROM subject_merge WHERE reason = 'CREDIT_CODE');
UPDATE case_file SET subject_id = (SELECT m.survivor_id FROM subject_merge m WHERE m.merged_id = case_file.subject_id)
  WHERE subject_id IN (SELECT merged_id FROM subject_merge WHERE reason = 'CREDIT_CODE');
UPDATE criminal_transfer SET subject_id = (SELECT m.survivor_id FROM subject_merge m WHERE m.merged_id = criminal_transfer.subject_id)
  WHERE subject_id IN (SELECT merged_id FROM subject_merge WHERE reason = 'CREDIT_CODE');
-- a clue that already names the survivor (or an earlier merged record of it) keeps this link on the merged
-- record: the history reads the survivor and every id merged into it, once each
UPDATE clue_subject SET subject_id = (SELECT m.survivor_id FROM subject_merge m WHERE m.merged_id = clue_subject.subject_id)
  WHERE subject_id IN (SELECT merged_id FROM subject_merge WHERE reason = 'CREDIT_CODE')
    AND NOT EXISTS (SELECT 1 FROM clue_subject c2 JOIN subject_merge m2 ON m2.merged_id = clue_subject.subject_id
      WHERE c2.clue_id = clue_subject.clue_id AND (c2.subject_id = m2.survivor_id OR (c2.subject_id < clue_subject.subject_id
        AND c2.subject_id IN (SELECT m3.merged_id FROM subject_merge m3 WHERE m3.survivor_id = m2.survivor_id))));

-- Pass 2: the same account on the same platform is one streamer or live room, whatever the type.
INSERT INTO subject_merge (merged_id, survivor_id, reason, merged_type, merged_name, merged_credit_code,
    merged_platform_name, merged_account_id, merged_district_code, merged_at, merged_by)
  SELECT s.id, g.survivor_id, 'ACCOUNT', s.subject_type, s.name, s.credit_code, s.platform_name, s.account_id,
      s.district_code, CURRENT_TIMESTAMP, 'V14 migration'
  FROM supervised_subject s
  JOIN (SELECT platform_name, account_id, MIN(id) AS survivor_id FROM supervised_subject
        WHERE platform_name IS NOT NULL AND account_id IS NOT NULL AND merged_into IS NULL
        GROUP BY platform_name, account_id HAVING COUNT(*) > 1) g ON g.platform_name = s.platform_name AND g.account_id = s.account_id
  WHERE s.id <> g.survivor_id AND s.merged_into IS NULL;
INSERT INTO subject_role (subject_id, role, added_at)
  SELECT m.survivor_id, r.role, MIN(r.added_at) FROM subject_role r
  JOIN subject_merge m ON m.merged_id = r.subject_id AND m.reason = 'ACCOUNT'
  WHERE NOT EXISTS (SELECT 1 FROM subject_role r2 WHERE r2.subject_id = m.survivor_id AND r2.role = r.role)
  GROUP BY m.survivor_id, r.role;
INSERT INTO subject_name_history (subject_id, name, credit_code, platform_name, account_id, source, recorded_at)
  SELECT m.survivor_id, h.name, h.credit_code, h.platform_name, h.account_id, 'MERGE', h.recorded_at
  FROM subject_name_history h JOIN subject_merge m ON m.merged_id = h.subject_id AND m.reason = 'ACCOUNT';
UPDATE supervised_subject SET district_code = (SELECT MIN(m.merged_district_code) FROM subject_merge m
    WHERE m.survivor_id = supervised_subject.id AND m.reason = 'ACCOUNT')
  WHERE district_code IS NULL AND id IN (SELECT survivor_id FROM subject_merge WHERE reason = 'ACCOUNT'
    AND merged_district_code IS NOT NULL);
-- the merged record keeps its row, marked, without the identity its survivor now holds
UPDATE supervised_subject SET merged_into = (SELECT m.survivor_id FROM subject_merge m
    WHERE m.merged_id = supervised_subject.id), credit_code = NULL, platform_name = NULL, account_id = NULL
  WHERE id IN (SELECT merged_id FROM subject_merge WHERE reason = 'ACCOUNT');
-- after pass 1 each code is on one record only, and the merged record has just given it up
UPDATE supervised_subject SET credit_code = (SELECT MIN(m.merged_credit_code) FROM subject_merge m
    WHERE m.survivor_id = supervised_subject.id AND m.reason = 'ACCOUNT')
  WHERE credit_code IS NULL AND id IN (SELECT survivor_id FROM subject_merge WHERE reason = 'ACCOUNT'
    AND merged_credit_code IS NOT NULL);
UPDATE complaint_subject SET subject_id = (SELECT m.survivor_id FROM subject_merge m WHERE m.merged_id = complaint_subject.subject_id)
  WHERE subject_id IN (SELECT merged_id FROM subject_merge WHERE reason = 'ACCOUNT');
UPDATE remedy_obligation SET subject_id = (SELECT m.survivor_id FROM subject_merge m WHERE m.merged_id = remedy_obligation.subject_id)
  WHERE subject_id IN (SELECT merged_id FROM subject_merge WHERE reason = 'ACCOUNT');
UPDATE referral SET subject_id = (SELECT m.survivor_id FROM subject_merge m WHERE m.merged_id = referral.subject_id)
  WHERE subject_id IN (SELECT merged_id FROM subject_merge WHERE reason = 'ACCOUNT');
UPDATE enforcement_action SET subject_id = (SELECT m.survivor_id FROM subject_merge m WHERE m.merged_id = enforcement_action.subject_id)
  WHERE subject_id IN (SELECT merged_id FROM subject_merge WHERE reason = 'ACCOUNT');
UPDATE case_file SET subject_id = (SELECT m.survivor_id FROM subject_merge m WHERE m.merged_id = case_file.subject_id)
  WHERE subject_id IN (SELECT merged_id FROM subject_merge WHERE reason = 'ACCOUNT');
UPDATE criminal_transfer SET subject_id = (SELECT m.survivor_id FROM subject_merge m WHERE m.merged_id = criminal_transfer.subject_id)
  WHERE subject_id IN (SELECT merged_id FROM subject_merge WHERE reason = 'ACCOUNT');
-- a clue that already names the survivor (or an earlier merged record of it) keeps this link on the merged
-- record: the history reads the survivor and every id merged into it, once each
UPDATE clue_subject SET subject_id = (SELECT m.survivor_id FROM subject_merge m WHERE m.merged_id = clue_subject.subject_id)
  WHERE subject_id IN (SELECT merged_id FROM subject_merge WHERE reason = 'ACCOUNT')
    AND NOT EXISTS (SELECT 1 FROM clue_subject c2 JOIN subject_merge m2 ON m2.merged_id = clue_subject.subject_id
      WHERE c2.clue_id = clue_subject.clue_id AND (c2.subject_id = m2.survivor_id OR (c2.subject_id < clue_subject.subject_id
        AND c2.subject_id IN (SELECT m3.merged_id FROM subject_merge m3 WHERE m3.survivor_id = m2.survivor_id))));

-- From now on one record per identity, whatever the type (NULLs do not collide: a party without a code or
-- account, and a merged record, is not constrained). The old per-type keys go: implied by these, and a second
-- unique key on the same code makes concurrent intakes of one new party deadlock in InnoDB (each waits on the
-- other's key) instead of one winning and the others reading its record.
ALTER TABLE supervised_subject DROP CONSTRAINT uk_subject_credit_code;
ALTER TABLE supervised_subject DROP CONSTRAINT uk_subject_account;
CREATE UNIQUE INDEX ux_subject_credit_code ON supervised_subject (credit_code);
CREATE UNIQUE INDEX ux_subject_account ON supervised_subject (platform_name, account_id);
CREATE INDEX ix_subject_district ON supervised_subject (district_code, key_area);
CREATE INDEX ix_subject_merged_into ON supervised_subject (merged_into);
