-- StudyLedger schema version 6: roll-ups of the records by member and month, kept current by
-- triggers in the same transaction as every write, so that an organisation's figures for a year,
-- a quarter or a month add up a few rows per member instead of scanning the records.
--
-- Each roll-up row holds the totals of one calendar month (month 1..12) or of the whole year
-- (month 0). A row exists exactly when one of its counts is not zero: the triggers delete the
-- rows whose counts return to zero, so that the roll-ups equal a recount from the records row
-- for row (`check` compares them).

-- Records(S, P) and speeches at held sessions: per member, per session group, per month. A
-- record is an attendance row of a held session whose status is not 列席 (observer).
CREATE TABLE attendance_rollup (
    member_id        INTEGER NOT NULL,
    year             INTEGER NOT NULL,
    month            INTEGER NOT NULL CHECK (month BETWEEN 0 AND 12),
    group_id         INTEGER NOT NULL,
    records          INTEGER NOT NULL DEFAULT 0,
    present          INTEGER NOT NULL DEFAULT 0,
    late             INTEGER NOT NULL DEFAULT 0,
    early_leave      INTEGER NOT NULL DEFAULT 0,
    excused          INTEGER NOT NULL DEFAULT 0,
    absent           INTEGER NOT NULL DEFAULT 0,
    made_up          INTEGER NOT NULL DEFAULT 0,
    owed             INTEGER NOT NULL DEFAULT 0,
    attended_minutes INTEGER NOT NULL DEFAULT 0,
    speeches         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (year, month, member_id, group_id)
) WITHOUT ROWID;
CREATE INDEX attendance_rollup_group ON attendance_rollup(group_id, year, month);

-- Self-study and writings, member-wide: per member, per month.
CREATE TABLE study_rollup (
    member_id         INTEGER NOT NULL,
    year              INTEGER NOT NULL,
    month             INTEGER NOT NULL CHECK (month BETWEEN 0 AND 12),
    selfstudy_entries INTEGER NOT NULL DEFAULT 0,
    selfstudy_minutes INTEGER NOT NULL DEFAULT 0,
    notes_chars       INTEGER NOT NULL DEFAULT 0,
    reflections       INTEGER NOT NULL DEFAULT 0,
    articles          INTEGER NOT NULL DEFAULT 0,
    reports           INTEGER NOT NULL DEFAULT 0,
    awarded           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (year, month, member_id)
) WITHOUT ROWID;

-- Records and attended records per session, whatever its status (the sessions of a bulletin
-- ranked by participation, the 三个必学习 sessions with their counts).
CREATE TABLE session_rollup (
    session_id INTEGER PRIMARY KEY,
    records    INTEGER NOT NULL DEFAULT 0,
    attended   INTEGER NOT NULL DEFAULT 0
);

-- One change to the attendance roll-up: a record (status not empty) or a speech (speeches 1) of
-- a held session, added (sign 1) or taken away (sign -1). Inserting into this view applies it to
-- the month's row and the year's row; the view itself holds nothing.
CREATE VIEW attendance_rollup_change AS
SELECT 0 AS member_id, 0 AS group_id, '' AS date, 0 AS sign, '' AS status, 0 AS made_up,
       0 AS minutes, 0 AS speeches
WHERE 0;

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
END;

-- One change to the study roll-up: a self-study entry (entries 1) or a writing (kind not
-- empty), added (sign 1) or taken away (sign -1).
CREATE VIEW study_rollup_change AS
SELECT 0 AS member_id, '' AS date, 0 AS sign, 0 AS entries, 0 AS minutes, 0 AS notes_chars,
       '' AS kind, 0 AS awarded
WHERE 0;

CREATE TRIGGER study_rollup_apply INSTEAD OF INSERT ON study_rollup_change
BEGIN
    INSERT INTO study_rollup (member_id, year, month, selfstudy_entries, selfstudy_minutes,
                              notes_chars, reflections, articles, reports, awarded)
    SELECT NEW.member_id, CAST(substr(NEW.date, 1, 4) AS INTEGER), m.month,
           NEW.sign * NEW.entries, NEW.sign * NEW.minutes, NEW.sign * NEW.notes_chars,
           NEW.sign * (NEW.kind = 'reflection'),
           NEW.sign * (NEW.kind = 'article'),
           NEW.sign * (NEW.kind = 'report'),
           NEW.sign * NEW.awarded
    FROM (SELECT CAST(substr(NEW.date, 6, 2) AS INTEGER) AS month UNION ALL SELECT 0) AS m
    WHERE true
    ON CONFLICT (member_id, year, month) DO UPDATE SET
        selfstudy_entries = selfstudy_entries + excluded.selfstudy_entries,
        selfstudy_minutes = selfstudy_minutes + excluded.selfstudy_minutes,
        notes_chars = notes_chars + excluded.notes_chars,
        reflections = reflections + excluded.reflections,
        articles = articles + excluded.articles,
        reports = reports + excluded.reports,
        awarded = awarded + excluded.awarded;
    DELETE FROM study_rollup
    WHERE NEW.sign < 0 AND member_id = NEW.member_id
      AND year = CAST(substr(NEW.date, 1, 4) AS INTEGER)
      AND month IN (CAST(substr(NEW.date, 6, 2) AS INTEGER), 0)
      AND selfstudy_entries = 0 AND reflections + articles + reports = 0;
END;

-- Attendance: a record counts while its session is held and its status is not 列席.
CREATE TRIGGER attendance_rollup_insert AFTER INSERT ON attendance
WHEN NEW.status <> 'observer'
BEGIN
    INSERT INTO attendance_rollup_change
    SELECT NEW.member_id, s.group_id, s.date, 1, NEW.status, NEW.makeup_date IS NOT NULL,
           s.minutes, 0
    FROM sessions s WHERE s.id = NEW.session_id AND s.status = 'held';
END;

CREATE TRIGGER attendance_rollup_delete AFTER DELETE ON attendance
WHEN OLD.status <> 'observer'
BEGIN
    INSERT INTO attendance_rollup_change
    SELECT OLD.member_id, s.group_id, s.date, -1, OLD.status, OLD.makeup_date IS NOT NULL,
           s.minutes, 0
    FROM sessions s WHERE s.id = OLD.session_id AND s.status = 'held';
END;

CREATE TRIGGER attendance_rollup_update AFTER UPDATE OF session_id, member_id, status, makeup_date
ON attendance
BEGIN
    INSERT INTO attendance_rollup_change
    SELECT OLD.member_id, s.group_id, s.date, -1, OLD.status, OLD.makeup_date IS NOT NULL,
           s.minutes, 0
    FROM sessions s
    WHERE s.id = OLD.session_id AND s.status = 'held' AND OLD.status <> 'observer';
    INSERT INTO attendance_rollup_change
    SELECT NEW.member_id, s.group_id, s.date, 1, NEW.status, NEW.makeup_date IS NOT NULL,
           s.minutes, 0
    FROM sessions s
    WHERE s.id = NEW.session_id AND s.status = 'held' AND NEW.status <> 'observer';
END;

-- Speeches count at held sessions.
CREATE TRIGGER speeches_rollup_insert AFTER INSERT ON speeches
BEGIN
    INSERT INTO attendance_rollup_change
    SELECT NEW.member_id, s.group_id, s.date, 1, '', 0, 0, 1
    FROM sessions s WHERE s.id = NEW.session_id AND s.status = 'held';
END;

CREATE TRIGGER speeches_rollup_delete AFTER DELETE ON speeches
BEGIN
    INSERT INTO attendance_rollup_change
    SELECT OLD.member_id, s.group_id, s.date, -1, '', 0, 0, 1
    FROM sessions s WHERE s.id = OLD.session_id AND s.status = 'held';
END;

CREATE TRIGGER speeches_rollup_update AFTER UPDATE OF session_id, member_id ON speeches
BEGIN
    INSERT INTO attendance_rollup_change
    SELECT OLD.member_id, s.group_id, s.date, -1, '', 0, 0, 1
    FROM sessions s WHERE s.id = OLD.session_id AND s.status = 'held';
    INSERT INTO attendance_rollup_change
    SELECT NEW.member_id, s.group_id, s.date, 1, '', 0, 0, 1
    FROM sessions s WHERE s.id = NEW.session_id AND s.status = 'held';
END;

-- A session whose status, date, minutes or group changes moves the contributions of all its
-- records and speeches. A deleted session takes them away before its records go (the records'
-- own delete triggers then find no session and change nothing).
CREATE TRIGGER sessions_rollup_update AFTER UPDATE OF id, group_id, date, minutes, status
ON sessions
BEGIN
    INSERT INTO attendance_rollup_change
    SELECT a.member_id, OLD.group_id, OLD.date, -1, a.status, a.makeup_date IS NOT NULL,
           OLD.minutes, 0
    FROM attendance a
    WHERE OLD.status = 'held' AND a.session_id = OLD.id AND a.status <> 'observer';
    INSERT INTO attendance_rollup_change
    SELECT sp.member_id, OLD.group_id, OLD.date, -1, '', 0, 0, 1
    FROM speeches sp WHERE OLD.status = 'held' AND sp.session_id = OLD.id;
    INSERT INTO attendance_rollup_change
    SELECT a.member_id, NEW.group_id, NEW.date, 1, a.status, a.makeup_date IS NOT NULL,
           NEW.minutes, 0
    FROM attendance a
    WHERE NEW.status = 'held' AND a.session_id = NEW.id AND a.status <> 'observer';
    INSERT INTO attendance_rollup_change
    SELECT sp.member_id, NEW.group_id, NEW.date, 1, '', 0, 0, 1
    FROM speeches sp WHERE NEW.status = 'held' AND sp.session_id = NEW.id;
END;

CREATE TRIGGER sessions_rollup_delete BEFORE DELETE ON sessions
WHEN OLD.status = 'held'
BEGIN
    INSERT INTO attendance_rollup_change
    SELECT a.member_id, OLD.group_id, OLD.date, -1, a.status, a.makeup_date IS NOT NULL,
           OLD.minutes, 0
    FROM attendance a WHERE a.session_id = OLD.id AND a.status <> 'observer';
    INSERT INTO attendance_rollup_change
    SELECT sp.member_id, OLD.group_id, OLD.date, -1, '', 0, 0, 1
    FROM speeches sp WHERE sp.session_id = OLD.id;
END;

-- The records of each session; a deleted session's records go by the cascade, and their rows
-- with them.
CREATE TRIGGER attendance_session_rollup_insert AFTER INSERT ON attendance
WHEN NEW.status <> 'observer'
BEGIN
    INSERT INTO session_rollup (session_id, records, attended)
    VALUES (NEW.session_id, 1, NEW.status IN ('present', 'late', 'early_leave'))
    ON CONFLICT (session_id) DO UPDATE SET
        records = records + 1, attended = attended + excluded.attended;
END;

CREATE TRIGGER attendance_session_rollup_delete AFTER DELETE ON attendance
WHEN OLD.status <> 'observer'
BEGIN
    UPDATE session_rollup
    SET records = records - 1,
        attended = attended - (OLD.status IN ('present', 'late', 'early_leave'))
    WHERE session_id = OLD.session_id;
    DELETE FROM session_rollup WHERE session_id = OLD.session_id AND records = 0;
END;

CREATE TRIGGER attendance_session_rollup_update AFTER UPDATE OF session_id, status ON attendance
BEGIN
    UPDATE session_rollup
    SET records = records - 1,
        attended = attended - (OLD.status IN ('present', 'late', 'early_leave'))
    WHERE session_id = OLD.session_id AND OLD.status <> 'observer';
    DELETE FROM session_rollup WHERE session_id = OLD.session_id AND records = 0;
    INSERT INTO session_rollup (session_id, records, attended)
    SELECT NEW.session_id, 1, NEW.status IN ('present', 'late', 'early_leave')
    WHERE NEW.status <> 'observer'
    ON CONFLICT (session_id) DO UPDATE SET
        records = records + 1, attended = attended + excluded.attended;
END;

-- Self-study and writings count by their own date.
CREATE TRIGGER self_study_rollup_insert AFTER INSERT ON self_study
BEGIN
    INSERT INTO study_rollup_change
    VALUES (NEW.member_id, NEW.date, 1, 1, NEW.minutes, NEW.notes_chars, '', 0);
END;

CREATE TRIGGER self_study_rollup_delete AFTER DELETE ON self_study
BEGIN
    INSERT INTO study_rollup_change
    VALUES (OLD.member_id, OLD.date, -1, 1, OLD.minutes, OLD.notes_chars, '', 0);
END;

CREATE TRIGGER self_study_rollup_update AFTER UPDATE OF member_id, date, minutes, notes_chars
ON self_study
BEGIN
    INSERT INTO study_rollup_change
    VALUES (OLD.member_id, OLD.date, -1, 1, OLD.minutes, OLD.notes_chars, '', 0);
    INSERT INTO study_rollup_change
    VALUES (NEW.member_id, NEW.date, 1, 1, NEW.minutes, NEW.notes_chars, '', 0);
END;

CREATE TRIGGER writings_rollup_insert AFTER INSERT ON writings
BEGIN
    INSERT INTO study_rollup_change
    VALUES (NEW.member_id, NEW.date, 1, 0, 0, 0, NEW.kind, NEW.award IS NOT NULL);
END;

CREATE TRIGGER writings_rollup_delete AFTER DELETE ON writings
BEGIN
    INSERT INTO study_rollup_change
    VALUES (OLD.member_id, OLD.date, -1, 0, 0, 0, OLD.kind, OLD.award IS NOT NULL);
END;

CREATE TRIGGER writings_rollup_update AFTER UPDATE OF member_id, date, kind, award ON writings
BEGIN
    INSERT INTO study_rollup_change
    VALUES (OLD.member_id, OLD.date, -1, 0, 0, 0, OLD.kind, OLD.award IS NOT NULL);
    INSERT INTO study_rollup_change
    VALUES (NEW.member_id, NEW.date, 1, 0, 0, 0, NEW.kind, NEW.award IS NOT NULL);
END;

-- The roll-ups of the records already in the file: the months first, then each year from its
-- months.
INSERT INTO attendance_rollup
SELECT a.member_id, CAST(substr(s.date, 1, 4) AS INTEGER) AS y,
       CAST(substr(s.date, 6, 2) AS INTEGER) AS mo, s.group_id, COUNT(*),
       SUM(a.status = 'present'), SUM(a.status = 'late'), SUM(a.status = 'early_leave'),
       SUM(a.status = 'excused'), SUM(a.status = 'absent'),
       SUM(a.status IN ('excused', 'absent') AND a.makeup_date IS NOT NULL),
       SUM(a.status = 'absent' AND a.makeup_date IS NULL),
       SUM(CASE WHEN a.status IN ('present', 'late', 'early_leave') THEN s.minutes ELSE 0 END),
       0
FROM attendance a JOIN sessions s ON s.id = a.session_id
WHERE s.status = 'held' AND a.status <> 'observer'
GROUP BY a.member_id, y, mo, s.group_id;

INSERT INTO attendance_rollup (member_id, year, month, group_id, speeches)
SELECT sp.member_id, CAST(substr(s.date, 1, 4) AS INTEGER) AS y,
       CAST(substr(s.date, 6, 2) AS INTEGER) AS mo, s.group_id, COUNT(*)
FROM speeches sp JOIN sessions s ON s.id = sp.session_id
WHERE s.status = 'held'
GROUP BY sp.member_id, y, mo, s.group_id
ON CONFLICT (member_id, year, month, group_id) DO UPDATE SET speeches = excluded.speeches;

INSERT INTO attendance_rollup
SELECT member_id, year, 0, group_id, SUM(records), SUM(present), SUM(late), SUM(early_leave),
       SUM(excused), SUM(absent), SUM(made_up), SUM(owed), SUM(attended_minutes), SUM(speeches)
FROM attendance_rollup WHERE month > 0
GROUP BY member_id, year, group_id;

INSERT INTO session_rollup
SELECT session_id, COUNT(*), SUM(status IN ('present', 'late', 'early_leave'))
FROM attendance WHERE status <> 'observer'
GROUP BY session_id;

INSERT INTO study_rollup
SELECT member_id, CAST(substr(date, 1, 4) AS INTEGER) AS y,
       CAST(substr(date, 6, 2) AS INTEGER) AS mo, COUNT(*), SUM(minutes), SUM(notes_chars),
       0, 0, 0, 0
FROM self_study
GROUP BY member_id, y, mo;

INSERT INTO study_rollup (member_id, year, month, reflections, articles, reports, awarded)
SELECT member_id, CAST(substr(date, 1, 4) AS INTEGER) AS y,
       CAST(substr(date, 6, 2) AS INTEGER) AS mo, SUM(kind = 'reflection'),
       SUM(kind = 'article'), SUM(kind = 'report'), SUM(award IS NOT NULL)
FROM writings WHERE true
GROUP BY member_id, y, mo
ON CONFLICT (member_id, year, month) DO UPDATE SET
    reflections = excluded.reflections,
    articles = excluded.articles,
    reports = excluded.reports,
    awarded = excluded.awarded;

INSERT INTO study_rollup
SELECT member_id, year, 0, SUM(selfstudy_entries), SUM(selfstudy_minutes), SUM(notes_chars),
       SUM(reflections), SUM(articles), SUM(reports), SUM(awarded)
FROM study_rollup WHERE month > 0
GROUP BY member_id, year;
