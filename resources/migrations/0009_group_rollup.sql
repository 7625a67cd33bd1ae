-- StudyLedger schema version 9: the attendance roll-up per study group and month
-- (group_rollup), so that an organisation's months (the dashboard's chart, a district's twelve
-- months in 27,000 rows instead of a million member rows) and its branches add up a few rows.
-- Kept by the same change view as attendance_rollup: its INSTEAD OF trigger now also applies
-- each change to the group's month row and year row (month 0), and deletes a row whose records
-- are back to zero. `check` recounts it from the records like the others.
CREATE TABLE group_rollup (
    group_id INTEGER NOT NULL,
    year     INTEGER NOT NULL,
    month    INTEGER NOT NULL CHECK (month BETWEEN 0 AND 12),
    records  INTEGER NOT NULL DEFAULT 0,
    attended INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, year, month)
) WITHOUT ROWID;

INSERT INTO group_rollup (group_id, year, month, records, attended)
SELECT group_id, year, month, SUM(records), SUM(present + late + early_leave)
FROM attendance_rollup
GROUP BY group_id, year, month
HAVING SUM(records) <> 0;

DROP TRIGGER attendance_rollup_apply;
CREATE TRIGGER attendance_rollup_apply INSTEAD OF INSERT ON attendance_rollup_change
BEGIN
    INSERT INTO attendance_rollup (member_id, year, month, group_id, records, present, late,
                                   early_leave, excused, absent, made_up, owed,
                                   attended_minutes, speeches)
    SELECT NEW.member_id, CAST(substr(NEW.date, 1, 4) AS INTEGER), m.month, NEW.group_id,
           NEW.sign * (NEW.status <> ''),
           NEW.sign * (NEW.status = 'present'),
           NEW.sign * (NEW.status = 'late'),
           NEW.sign * (NEW.status = 'early_leave'),
           NEW.sign * (NEW.status = 'excused'),
           NEW.sign * (NEW.status = 'absent'),
           NEW.sign * (NEW.status IN ('excused', 'absent') AND NEW.made_up),
           NEW.sign * (NEW.status = 'absent' AND NOT NEW.made_up),
           NEW.sign * (CASE WHEN NEW.status IN ('present', 'late', 'early_leave')
                            THEN NEW.minutes ELSE 0 END),
           NEW.sign * NEW.speeches
    FROM (SELECT CAST(substr(NEW.date, 6, 2) AS INTEGER) AS month UNION ALL SELECT 0) AS m
    WHERE true
    ON CONFLICT (member_id, year, month, group_id) DO UPDATE SET
        records = records + excluded.records,
        present = present + excluded.present,
        late = late + excluded.late,
        early_leave = early_leave + excluded.early_leave,
        excused = excused + excluded.excused,
        absent = absent + excluded.absent,
        made_up = made_up + excluded.made_up,
        owed = owed + excluded.owed,
        attended_minutes = attended_minutes + excluded.attended_minutes,
        speeches = speeches + excluded.speeches;
    DELETE FROM attendance_rollup
    WHERE NEW.sign < 0 AND member_id = NEW.member_id
      AND year = CAST(substr(NEW.date, 1, 4) AS INTEGER)
      AND month IN (CAST(substr(NEW.date, 6, 2) AS INTEGER), 0)
      AND group_id = NEW.group_id AND records = 0 AND speeches = 0;
    -- The same change to the group's month and year: records and attended only.
    INSERT INTO group_rollup (group_id, year, month, records, attended)
    SELECT NEW.group_id, CAST(substr(NEW.date, 1, 4) AS INTEGER), m.month,
           NEW.sign * (NEW.status <> ''),
           NEW.sign * (NEW.status IN ('present', 'late', 'early_leave'))
    FROM (SELECT CAST(substr(NEW.date, 6, 2) AS INTEGER) AS month UNION ALL SELECT 0) AS m
    WHERE NEW.status <> ''
    ON CONFLICT (group_id, year, month) DO UPDATE SET
        records = records + excluded.records,
        attended = attended + excluded.attended;
    DELETE FROM group_rollup
    WHERE NEW.sign < 0 AND NEW.status <> '' AND group_id = NEW.group_id
      AND year = CAST(substr(NEW.date, 1, 4) AS INTEGER)
      AND month IN (CAST(substr(NEW.date, 6, 2) AS INTEGER), 0)
      AND records = 0;
END;
