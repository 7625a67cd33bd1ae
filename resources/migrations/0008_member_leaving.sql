-- StudyLedger schema version 8: a member who leaves (停用) stays in the roster with their
-- records. left_on is the day they left (NULL: active), leave_reason why (retired,
-- transferred_out, deceased, other) and leave_note a free note. Both are set together or not
-- at all. The members CSV format (FORMATS.md) does not carry these columns.
ALTER TABLE members ADD COLUMN left_on TEXT;
ALTER TABLE members ADD COLUMN leave_reason TEXT CHECK (leave_reason IS NULL OR leave_reason IN ('retired', 'transferred_out', 'deceased', 'other'));
ALTER TABLE members ADD COLUMN leave_note TEXT NOT NULL DEFAULT '';
CREATE INDEX members_left_on ON members(left_on);
