-- Typical cases (典型案例, docs/governance.md §5): the write-up an officer drafts from a closed case or an accepted
-- criminal transfer, and the copy the public reads. The public endpoint reads typical_case_publication only.
-- One file for H2 and MariaDB; row sizes stay below utf8mb4's 65,535-byte limit (long texts kept moderate).
CREATE TABLE typical_case (
  id                    BIGINT        AUTO_INCREMENT PRIMARY KEY,
  write_up_no           VARCHAR(32)   NOT NULL,  -- DX-yyyyMMdd-NNNNN, internal
  case_id               BIGINT,                  -- case_file.id, or
  criminal_transfer_id  BIGINT,                  -- criminal_transfer.id
  source_key            VARCHAR(40),             -- CASE:id / TRANSFER:id while open or published; null once ended
  proposer_unit         VARCHAR(64)   NOT NULL,
  status                VARCHAR(24)   NOT NULL,
  title                 VARCHAR(200),
  party_designation     VARCHAR(100),
  category              VARCHAR(40),
  facts                 VARCHAR(4000),
  violation             VARCHAR(1500),
  basis                 VARCHAR(1000),
  outcome               VARCHAR(1500),
  significance          VARCHAR(1000),
  scrub_findings        VARCHAR(1000),           -- JSON: field, kind, line, column; never the matched text
  checked_at            DATETIME,
  approved_by           VARCHAR(64),
  approved_at           DATETIME,
  approval_note         VARCHAR(500),
  publication_id        BIGINT,
  process_instance_id   VARCHAR(64),
  proposed_by           VARCHAR(64)   NOT NULL,
  proposed_at           DATETIME      NOT NULL,
  withdrawn_by          VARCHAR(64),
  withdrawn_at          DATETIME,
  withdrawal_reason     VARCHAR(500),
  CONSTRAINT uk_typical_case_no UNIQUE (write_up_no),
  CONSTRAINT uk_typical_case_source UNIQUE (source_key)
) ${table_options};
CREATE INDEX ix_typical_case_status ON typical_case (proposer_unit, status);

-- What the public page shows, copied at publication: later edits of the draft do not change it.
CREATE TABLE typical_case_publication (
  id                    BIGINT        AUTO_INCREMENT PRIMARY KEY,
  publication_no        VARCHAR(20)   NOT NULL,  -- ALDX-yyyy-NNNN, numbered per year, tells nothing of the record
  title                 VARCHAR(200)  NOT NULL,
  party_designation     VARCHAR(100)  NOT NULL,
  category_label        VARCHAR(50),
  facts                 VARCHAR(4000) NOT NULL,
  violation             VARCHAR(1500),
  basis                 VARCHAR(1000),
  outcome               VARCHAR(1500),
  significance          VARCHAR(1000),
  unit_name             VARCHAR(100)  NOT NULL,
  published_on          DATE          NOT NULL,
  withdrawn_at          DATETIME,
  CONSTRAINT uk_typical_case_publication_no UNIQUE (publication_no)
) ${table_options};
CREATE INDEX ix_typical_case_publication_on ON typical_case_publication (withdrawn_at, published_on);
