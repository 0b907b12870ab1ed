-- Administrative interview and written reminder (行政约谈与提醒告诫), docs/governance.md §2: one interview of
-- one or several subjects (seed 004: seven platforms at once), a record and the commitments per subject, a
-- follow-up per commitment at its deadline. The letter and proposal columns are filled from slices 3 and 6.
-- The same file runs on H2 and MariaDB (utf8mb4: the text columns stay within MariaDB's 65,535-byte row).

CREATE TABLE interview (
  id                           BIGINT        AUTO_INCREMENT PRIMARY KEY,
  interview_no                 VARCHAR(32)   NOT NULL,
  kind                         VARCHAR(24)   NOT NULL, -- INTERVIEW, REMINDER_LETTER, GUIDANCE_LETTER
  origin                       VARCHAR(16)   NOT NULL, -- REQUEST, PROPOSAL
  status                       VARCHAR(32)   NOT NULL, -- PROPOSED, AWAITING_APPROVAL, NOTICE, RECORDING, FOLLOW_UP,
                                                       -- AWAITING_ACKNOWLEDGEMENT, CLOSED, DECLINED, REFUSED
  host_unit                    VARCHAR(64)   NOT NULL,
  issues                       VARCHAR(2000) NOT NULL,
  basis                        VARCHAR(500),
  category                     VARCHAR(32),            -- DOMAIN.md §4
  joint_departments            VARCHAR(400),           -- comma-separated Department names (联合约谈)
  proposal_reason              VARCHAR(500),
  proposal_facts               VARCHAR(1000),
  planned_date                 DATE,
  interview_at                 DATETIME,
  place                        VARCHAR(200),
  bureau_attendees             VARCHAR(500),
  approved_by                  VARCHAR(64),
  approved_at                  DATETIME,
  approval_note                VARCHAR(500),
  letter_content               VARCHAR(4000),
  acknowledgement_working_days INT,
  process_instance_id          VARCHAR(64),
  requested_by                 VARCHAR(64)   NOT NULL,
  requested_at                 DATETIME      NOT NULL,
  closed_at                    DATETIME,
  CONSTRAINT uq_interview_no UNIQUE (interview_no)
) ${table_options};
CREATE INDEX ix_interview_host_unit ON interview (host_unit);
CREATE INDEX ix_interview_status ON interview (status);

-- One interviewed subject: its notice (约谈通知书, an enforcement_action with its 文号) and its record.
CREATE TABLE interview_subject (
  id                   BIGINT        AUTO_INCREMENT PRIMARY KEY,
  interview_id         BIGINT        NOT NULL,
  subject_id           BIGINT        NOT NULL,
  notice_action_id     BIGINT,
  attended             BOOLEAN,
  party_attendees      VARCHAR(500),           -- positions on the party's side, no ID numbers
  problems             VARCHAR(2000),
  recorded_by          VARCHAR(64),
  recorded_at          DATETIME,
  acknowledgement_due  DATETIME,
  acknowledged         BOOLEAN,
  acknowledged_on      DATE,
  acknowledged_via     VARCHAR(16),            -- PLATFORM, PAPER
  platform_letter_no   VARCHAR(32),
  CONSTRAINT fk_interview_subject_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
  CONSTRAINT fk_interview_subject_subject FOREIGN KEY (subject_id) REFERENCES supervised_subject (id),
  CONSTRAINT uq_interview_subject UNIQUE (interview_id, subject_id)
) ${table_options};
CREATE INDEX ix_interview_subject_subject ON interview_subject (subject_id);

-- One commitment a subject made at the interview, with its deadline and the check at that deadline.
CREATE TABLE interview_commitment (
  id                        BIGINT        AUTO_INCREMENT PRIMARY KEY,
  commitment_no             VARCHAR(32)   NOT NULL,
  interview_subject_id      BIGINT        NOT NULL,
  content                   VARCHAR(1000) NOT NULL,
  due_on                    DATE          NOT NULL,
  reported_at               DATETIME,               -- the platform reported it fulfilled (slice 3)
  status                    VARCHAR(16)   NOT NULL, -- OPEN, FULFILLED, NOT_FULFILLED
  check_note                VARCHAR(2000),
  checked_by                VARCHAR(64),
  checked_at                DATETIME,
  follow_up                 VARCHAR(16),            -- CLUE, ESCALATE, NONE
  clue_id                   BIGINT,
  escalation_id             BIGINT,
  no_follow_up_approved_by  VARCHAR(64),
  CONSTRAINT fk_commitment_subject FOREIGN KEY (interview_subject_id) REFERENCES interview_subject (id),
  CONSTRAINT uq_commitment_no UNIQUE (commitment_no)
) ${table_options};
CREATE INDEX ix_commitment_subject ON interview_commitment (interview_subject_id);
CREATE INDEX ix_commitment_status_due ON interview_commitment (status, due_on);
