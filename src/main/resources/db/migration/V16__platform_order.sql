-- Orders to platforms (平台指令, docs/platform-api.md): what clue handling asks a connected platform to do — an
-- order to correct where the platform is the party (责令改正), or a take-down request (下架/删除/暂停直播间) about
-- its merchants' and streamers' items — and the platform's confirmation, which moves clue-verification on to the
-- follow-up check (复查), where officers still verify it.
CREATE TABLE platform_order (
  id                   BIGINT        AUTO_INCREMENT PRIMARY KEY,
  order_no             VARCHAR(32)   NOT NULL,   -- ZL-yyyyMMdd-NNNNN, the number the platform uses
  client_pk            BIGINT        NOT NULL,
  kind                 VARCHAR(20)   NOT NULL,   -- CORRECTION, TAKE_DOWN_ITEM, DELETE_CONTENT, SUSPEND_ROOM
  clue_id              BIGINT        NOT NULL,
  clue_no              VARCHAR(32)   NOT NULL,   -- the bureau's number of the clue, for officers' views
  process_instance_id  VARCHAR(64)   NOT NULL,
  issuing_unit         VARCHAR(64)   NOT NULL,   -- the handling unit's code; its name is shown
  document_no          VARCHAR(64),              -- 责令改正通知书's 文号 when the platform is the party
  requirement          VARCHAR(4000) NOT NULL,   -- what the platform is to do, as addressed to it
  issued_at            DATETIME      NOT NULL,
  respond_by           DATETIME      NOT NULL,   -- the correction deadline (moved with it when the calendar changes)
  status               VARCHAR(16)   NOT NULL,   -- ISSUED, CONFIRMED
  confirmed_at         DATETIME,
  completed_on         DATE,                     -- when the platform says it acted
  items_handled        INT,
  confirmation         VARCHAR(2000),
  confirmation_hash    VARCHAR(64),              -- a retry sends the same confirmation
  CONSTRAINT uk_platform_order_no UNIQUE (order_no),
  CONSTRAINT fk_platform_order_client FOREIGN KEY (client_pk) REFERENCES platform_client (id),
  CONSTRAINT fk_platform_order_clue FOREIGN KEY (clue_id) REFERENCES clue (id)
) ${table_options};
CREATE INDEX ix_platform_order_client ON platform_order (client_pk, status, issued_at);
CREATE INDEX ix_platform_order_process ON platform_order (process_instance_id);

-- The register's subjects an order concerns: the platform itself, or the accounts on it to act on.
CREATE TABLE platform_order_subject (
  order_id      BIGINT        NOT NULL,
  subject_id    BIGINT        NOT NULL,
  PRIMARY KEY (order_id, subject_id),
  CONSTRAINT fk_platform_order_subject_order FOREIGN KEY (order_id) REFERENCES platform_order (id),
  CONSTRAINT fk_platform_order_subject_subject FOREIGN KEY (subject_id) REFERENCES supervised_subject (id)
) ${table_options};
CREATE INDEX ix_platform_order_subject ON platform_order_subject (subject_id);
