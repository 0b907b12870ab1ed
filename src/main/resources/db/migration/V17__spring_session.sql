-- Webapp sessions in the shared database (Spring Session JDBC, docs/operations.md): a user logged in to Tasklist,
-- Cockpit, Admin or the register page on one node keeps the login, the CSRF token and the webapps' authentication
-- on every other node. Spring Session's own schema for MySQL (table and column names as it queries them), in
-- portable types: the same file runs on H2 and MySQL/MariaDB. Expired rows are deleted by every node once a minute
-- (spring.session.jdbc.cleanup-cron); the attributes go with their session (ON DELETE CASCADE).
CREATE TABLE SPRING_SESSION (
  PRIMARY_ID             CHAR(36)      NOT NULL,
  SESSION_ID             CHAR(36)      NOT NULL,
  CREATION_TIME          BIGINT        NOT NULL,
  LAST_ACCESS_TIME       BIGINT        NOT NULL,
  MAX_INACTIVE_INTERVAL  INT           NOT NULL,
  EXPIRY_TIME            BIGINT        NOT NULL,
  PRINCIPAL_NAME         VARCHAR(100),
  CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
) ${table_options};
CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

-- One row per session attribute, Java-serialized: Camunda's Authentications (user, groups, tenants, apps), its CSRF
-- token. Never personal data of complainants or reporters: only the logged-in officer's id and group ids.
CREATE TABLE SPRING_SESSION_ATTRIBUTES (
  SESSION_PRIMARY_ID     CHAR(36)      NOT NULL,
  ATTRIBUTE_NAME         VARCHAR(200)  NOT NULL,
  ATTRIBUTE_BYTES        BLOB          NOT NULL,
  CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
  CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID)
    ON DELETE CASCADE
) ${table_options};
