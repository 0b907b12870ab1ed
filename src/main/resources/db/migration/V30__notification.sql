-- Issue 17 slice 3, notifications (docs/handoffs-and-notifications.md §1.2, §3): the outbox and the in-app messages
-- in one table, written in the transaction of the command that causes them (notification.Notifications) and delivered
-- after commit by notification.OutboxDispatcher, with retries; and each user's preferences. No address is stored here:
-- the e-mail address comes from the Camunda user profile when a mail is sent, the work mobile only from
-- notification_preference; last_error never names either.
CREATE TABLE notification (
  id               BIGINT        AUTO_INCREMENT PRIMARY KEY,
  recipient        VARCHAR(64)   NOT NULL,  -- Camunda user id
  event            VARCHAR(40)   NOT NULL,  -- NotificationEvent
  channel          VARCHAR(10)   NOT NULL,  -- IN_APP, EMAIL, SMS
  title            VARCHAR(200)  NOT NULL,
  body             VARCHAR(1000) NOT NULL,
  link             VARCHAR(300),            -- relative address in Tasklist or the application's pages
  ref_kind         VARCHAR(40),             -- TASK, a record kind: never personal data
  ref_id           VARCHAR(64),
  dedup_key        VARCHAR(200)  NOT NULL,  -- one row per event, reference, recipient and channel
  status           VARCHAR(12)   NOT NULL,  -- PENDING, SENDING, SENT, FAILED, READ (in-app), SUPPRESSED
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME      NOT NULL,
  claimed_until    DATETIME,                -- a SENDING row whose claim expired is claimable again
  claimed_by       VARCHAR(40),             -- the claim's token: which rows one dispatcher's UPDATE took
  last_error       VARCHAR(500),            -- never an address or phone number
  created_at       DATETIME      NOT NULL,
  sent_at          DATETIME,
  read_at          DATETIME,
  CONSTRAINT uk_notification_dedup UNIQUE (dedup_key)
) ${table_options};
CREATE INDEX ix_notification_due ON notification (status, next_attempt_at);
CREATE INDEX ix_notification_recipient ON notification (recipient, channel, status);

CREATE TABLE notification_preference (
  user_id          VARCHAR(64)   NOT NULL PRIMARY KEY,
  in_app           BOOLEAN       NOT NULL DEFAULT TRUE,   -- always true: in-app messages cannot be switched off
  email            BOOLEAN       NOT NULL,
  sms              BOOLEAN       NOT NULL,
  mobile           VARCHAR(20),                           -- work mobile, for SMS only
  quiet_from       TIME          NOT NULL,
  quiet_to         TIME          NOT NULL,
  events           VARCHAR(400),                          -- events switched off (e-mail and SMS), comma-separated
  updated_at       DATETIME      NOT NULL
) ${table_options};
