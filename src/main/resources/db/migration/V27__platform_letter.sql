-- Letters and commitments through the platforms' channel (平台通道), docs/governance.md §2.4–2.5: an interview notice
-- (约谈通知书, no acknowledgement asked) or a written reminder / guidance letter (提醒告诫函 / 行政指导意见函, to be
-- acknowledged by respond_by) sent to a connected platform with the LETTERS scope, and the platform's reports that a
-- commitment made at an interview is fulfilled. The same file runs on H2 and MariaDB (utf8mb4 row size kept).

CREATE TABLE platform_letter (
  id                     BIGINT        AUTO_INCREMENT PRIMARY KEY,
  letter_no              VARCHAR(32)   NOT NULL,   -- HJ-yyyyMMdd-NNNNN, the number the platform uses
  client_pk              BIGINT        NOT NULL,
  kind                   VARCHAR(24)   NOT NULL,   -- INTERVIEW_NOTICE, REMINDER_LETTER, GUIDANCE_LETTER
  interview_id           BIGINT        NOT NULL,
  interview_subject_id   BIGINT        NOT NULL,
  process_instance_id    VARCHAR(64)   NOT NULL,
  issuing_unit           VARCHAR(64)   NOT NULL,   -- the host unit's code; its name is shown
  document_no            VARCHAR(64),              -- the notice's or letter's 文号
  content                VARCHAR(4000) NOT NULL,
  issued_at              DATETIME      NOT NULL,
  respond_by             DATETIME,                 -- null: a notice, nothing to acknowledge
  status                 VARCHAR(16)   NOT NULL,   -- ISSUED, ACKNOWLEDGED
  acknowledged_at        DATETIME,
  acknowledged_on        DATE,
  note                   VARCHAR(2000),
  note_hash              VARCHAR(64),              -- a retry sends the same acknowledgement
  CONSTRAINT uk_platform_letter_no UNIQUE (letter_no),
  CONSTRAINT fk_platform_letter_client FOREIGN KEY (client_pk) REFERENCES platform_client (id),
  CONSTRAINT fk_platform_letter_subject FOREIGN KEY (interview_subject_id) REFERENCES interview_subject (id)
) ${table_options};
CREATE INDEX ix_platform_letter_client ON platform_letter (client_pk, status, issued_at);
CREATE INDEX ix_platform_letter_subject ON platform_letter (interview_subject_id);

-- A platform's report that a commitment is fulfilled (one a commitment: the check follows it, officers verify).
CREATE TABLE platform_commitment_report (
  id                     BIGINT        AUTO_INCREMENT PRIMARY KEY,
  commitment_no          VARCHAR(32)   NOT NULL,
  client_pk              BIGINT        NOT NULL,
  reported_at            DATETIME      NOT NULL,
  fulfilled_on           DATE          NOT NULL,
  description            VARCHAR(2000) NOT NULL,
  hash                   VARCHAR(64)   NOT NULL,
  CONSTRAINT uk_platform_commitment_report UNIQUE (commitment_no),
  CONSTRAINT fk_platform_commitment_report_client FOREIGN KEY (client_pk) REFERENCES platform_client (id)
) ${table_options};
