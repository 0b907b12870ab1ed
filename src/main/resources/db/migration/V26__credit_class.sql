-- Issue 16, credit risk class (信用风险分类, docs/credit.md): the class computed by credit-risk-class.dmn is kept on the
-- subject, so the register's pages and the other rules read it without governance; every change of class is kept
-- with the rule's inputs (why a subject is D), written only when the class changes.
ALTER TABLE supervised_subject ADD COLUMN credit_class CHAR(1);
ALTER TABLE supervised_subject ADD COLUMN credit_class_at DATETIME;
ALTER TABLE supervised_subject ADD COLUMN credit_class_reason VARCHAR(500);
CREATE INDEX ix_subject_credit_class ON supervised_subject (credit_class);

CREATE TABLE credit_class_change (
  id               BIGINT        AUTO_INCREMENT PRIMARY KEY,
  subject_id       BIGINT        NOT NULL,
  old_class        CHAR(1),
  new_class        CHAR(1)       NOT NULL,
  reason           VARCHAR(500),
  inputs_json      VARCHAR(1000) NOT NULL,  -- the rule table's inputs, as evaluated
  decision_version INT,                     -- version of credit-risk-class that decided
  change_trigger   VARCHAR(16)   NOT NULL,  -- EVENT, DAILY, MANUAL
  changed_at       DATETIME      NOT NULL,
  CONSTRAINT fk_credit_class_change_subject FOREIGN KEY (subject_id) REFERENCES supervised_subject (id)
) ${table_options};
CREATE INDEX ix_credit_class_change_subject ON credit_class_change (subject_id, changed_at);
