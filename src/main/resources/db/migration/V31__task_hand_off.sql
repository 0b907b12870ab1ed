-- Issue 17 slice 1 (docs/handoffs-and-notifications.md §1.2, §2.1–2.2): every hand-off of a user task — a transfer
-- (转办), a delegation (委托) and its resolution — whether through /api/tasks or the engine's own interfaces
-- (Tasklist's assignee field, /engine-rest), written in the same transaction as the engine's change. Later slices add
-- RETURN, WITHDRAW and COPY rows. The same file runs on H2 and MariaDB. No personal data: user ids and task names only.
CREATE TABLE task_hand_off (
  id                       BIGINT        AUTO_INCREMENT PRIMARY KEY,
  kind                     VARCHAR(16)   NOT NULL,   -- TRANSFER, DELEGATE, RESOLVE (later RETURN, WITHDRAW, COPY)
  task_id                  VARCHAR(64)   NOT NULL,
  task_name                VARCHAR(200),
  task_definition_key      VARCHAR(255),
  process_instance_id      VARCHAR(64),
  root_process_instance_id VARCHAR(64),
  business_key             VARCHAR(255),
  from_user                VARCHAR(64),
  to_user                  VARCHAR(64),
  by_user                  VARCHAR(64),              -- who made the change (the assignee, a head; null: the system)
  to_activity              VARCHAR(255),             -- RETURN / WITHDRAW: the target task
  reason                   VARCHAR(500),             -- required for a transfer through the API; empty from Tasklist
  via                      VARCHAR(16)   NOT NULL,   -- API, TASKLIST (any engine interface: Tasklist, /engine-rest)
  handed_at                DATETIME      NOT NULL   -- design: "at" (a keyword in some SQL dialects)
) ${table_options};
CREATE INDEX ix_task_hand_off_instance ON task_hand_off (process_instance_id);
CREATE INDEX ix_task_hand_off_root ON task_hand_off (root_process_instance_id);
CREATE INDEX ix_task_hand_off_to_user ON task_hand_off (to_user, kind);
CREATE INDEX ix_task_hand_off_task ON task_hand_off (task_id);
