-- StudyLedger schema version 3: the assessment of an organisation scope and published results.

-- The veto of the rubric (a 缺席 without make-up keeps a member from 优秀) can be switched off
-- for a year.
ALTER TABLE rubrics ADD COLUMN veto INTEGER NOT NULL DEFAULT 1 CHECK (veto IN (0, 1));

-- Adjustments of an organisation scope's assessment (an organisation with its descendants):
-- kept apart from a group's, so that neither carries over to the other.
CREATE TABLE org_assessment_adjustments (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL,
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    delta       REAL NOT NULL CHECK (delta BETWEEN -100 AND 100),
    reason      TEXT NOT NULL CHECK (length(reason) > 0),
    made_by     INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    made_at     TEXT NOT NULL,
    UNIQUE (year, org_id, member_id)
);
CREATE INDEX org_assessment_adjustments_member ON org_assessment_adjustments(member_id);

-- A scope's results of a year as published: who and when, with the scope's number and name as
-- they were. A group or organisation with published results cannot be removed.
CREATE TABLE assessment_publications (
    id            INTEGER PRIMARY KEY,
    year          INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    group_id      INTEGER REFERENCES study_groups(id) ON DELETE RESTRICT,
    org_id        INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
    scope_ext_id  TEXT NOT NULL,
    scope_name    TEXT NOT NULL,
    published_by  INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    published_at  TEXT NOT NULL,
    CHECK ((group_id IS NULL) <> (org_id IS NULL))
);
CREATE UNIQUE INDEX assessment_publications_group ON assessment_publications(year, group_id)
    WHERE group_id IS NOT NULL;
CREATE UNIQUE INDEX assessment_publications_org ON assessment_publications(year, org_id)
    WHERE org_id IS NOT NULL;

-- The rubric a publication was assessed by (the columns of `rubrics`).
CREATE TABLE publication_rubrics (
    publication_id        INTEGER PRIMARY KEY REFERENCES assessment_publications(id) ON DELETE CASCADE,
    attendance_max        REAL NOT NULL,
    hours_max             REAL NOT NULL,
    notes_max             REAL NOT NULL,
    speeches_max          REAL NOT NULL,
    writings_max          REAL NOT NULL,
    points_present        REAL NOT NULL,
    points_late           REAL NOT NULL,
    points_early_leave    REAL NOT NULL,
    points_excused        REAL NOT NULL,
    points_absent         REAL NOT NULL,
    points_makeup         REAL NOT NULL,
    hours_target          REAL NOT NULL,
    hours_target_cadre    REAL NOT NULL,
    notes_target          INTEGER NOT NULL,
    notes_target_cadre    INTEGER NOT NULL,
    speeches_target       INTEGER NOT NULL,
    writings_target       INTEGER NOT NULL,
    bonus_per_award       REAL NOT NULL,
    bonus_max             REAL NOT NULL,
    grade_excellent       REAL NOT NULL,
    grade_pass            REAL NOT NULL,
    grade_basic_pass      REAL NOT NULL,
    veto                  INTEGER NOT NULL,
    published             INTEGER NOT NULL
);

-- One row per assessed member as published: the figures, the components (NULL where one did
-- not apply), bonus, adjustment, final, grade and rank; the member's number, name and
-- organisation as they were.
CREATE TABLE published_results (
    id                   INTEGER PRIMARY KEY,
    publication_id       INTEGER NOT NULL REFERENCES assessment_publications(id) ON DELETE CASCADE,
    member_id            INTEGER REFERENCES members(id) ON DELETE SET NULL,
    member_ext_id        TEXT NOT NULL,
    member_name          TEXT NOT NULL,
    cadre_level          TEXT NOT NULL,
    org_id               INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    org_name             TEXT NOT NULL,
    role                 TEXT NOT NULL,
    expected             INTEGER NOT NULL,
    present              INTEGER NOT NULL,
    late                 INTEGER NOT NULL,
    early_leave          INTEGER NOT NULL,
    excused              INTEGER NOT NULL,
    absent               INTEGER NOT NULL,
    makeup_done          INTEGER NOT NULL,
    absent_not_made_up   INTEGER NOT NULL,
    collective_minutes   INTEGER NOT NULL,
    self_study_minutes   INTEGER NOT NULL,
    notes_chars          INTEGER NOT NULL,
    speeches             INTEGER NOT NULL,
    reflections          INTEGER NOT NULL,
    articles             INTEGER NOT NULL,
    reports              INTEGER NOT NULL,
    awards               INTEGER NOT NULL,
    attendance_points    REAL,
    hours_points         REAL,
    notes_points         REAL,
    speeches_points      REAL,
    writings_points      REAL,
    score                REAL NOT NULL,
    bonus                REAL NOT NULL,
    adjustment           REAL NOT NULL,
    adjustment_reason    TEXT NOT NULL DEFAULT '',
    final                REAL NOT NULL,
    grade                TEXT NOT NULL,
    vetoed               INTEGER NOT NULL CHECK (vetoed IN (0, 1)),
    rank                 INTEGER NOT NULL
);
CREATE INDEX published_results_publication ON published_results(publication_id);
CREATE INDEX published_results_member ON published_results(member_id);
