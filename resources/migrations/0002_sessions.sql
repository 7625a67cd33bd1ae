-- StudyLedger schema version 2: indexes for the secretary's screens (plans, sessions,
-- attendance, make-up study). Portable SQL: SQLite and PostgreSQL both have partial indexes.

-- The make-up ledger (补学台账) lists only the 请假 and 缺席 records: a partial index holds
-- just those, so that the ledger of a district does not scan every attendance record.
CREATE INDEX attendance_makeup ON attendance(session_id) WHERE status IN ('excused', 'absent');

-- Sessions a member gave as speaker (and the SET NULL when a member is removed).
CREATE INDEX sessions_speaker_member ON sessions(speaker_member_id);
