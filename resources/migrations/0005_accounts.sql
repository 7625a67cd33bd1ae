-- StudyLedger schema version 5: logging in and the audit trail that cannot be changed.

-- Failed log-ins by account name (also for names that do not exist, so that the delay does not
-- tell which names do): the count since the last success and when the last one happened. Kept in
-- the database so that a new process does not reset the delay.
CREATE TABLE login_failures (
    name        TEXT PRIMARY KEY,
    failures    INTEGER NOT NULL CHECK (failures > 0),
    last_at     TEXT NOT NULL
);

-- When each account last logged in and changed its password.
ALTER TABLE accounts ADD COLUMN last_login_at TEXT;
ALTER TABLE accounts ADD COLUMN password_changed_at TEXT;

-- The audit trail is written inside the transaction of each change and never changed after.
CREATE INDEX audit_log_account ON audit_log(account_id, at);
CREATE INDEX audit_log_entity ON audit_log(entity, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;
