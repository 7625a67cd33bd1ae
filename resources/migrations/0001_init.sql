-- StudyLedger schema version 1: the whole domain of PRODUCT.md.
-- Enumerations are stored as their codes (src/domain/Enums.h) and checked here.
-- Dates are ISO text (YYYY-MM-DD), times HH:MM. Portable SQL: SQLite now, PostgreSQL later.

CREATE TABLE organisations (
    id          INTEGER PRIMARY KEY,
    ext_id      TEXT NOT NULL UNIQUE CHECK (length(ext_id) > 0),
    name        TEXT NOT NULL CHECK (length(name) > 0),
    parent_id   INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
    kind        TEXT NOT NULL CHECK (kind IN ('committee', 'general_branch', 'branch', 'party_group')),
    unit_type   TEXT CHECK (unit_type IS NULL OR unit_type IN ('organ', 'institution', 'school', 'enterprise', 'community', 'village', 'new_economic', 'new_social', 'other')),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX organisations_parent ON organisations(parent_id);

CREATE TABLE members (
    id          INTEGER PRIMARY KEY,
    ext_id      TEXT NOT NULL UNIQUE CHECK (length(ext_id) > 0),
    name        TEXT NOT NULL CHECK (length(name) > 0),
    gender      TEXT CHECK (gender IS NULL OR gender IN ('male', 'female')),
    birth_date  TEXT,
    join_date   TEXT,
    category    TEXT CHECK (category IS NULL OR category IN ('full', 'probationary')),
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    position    TEXT NOT NULL DEFAULT '',
    cadre_level TEXT NOT NULL DEFAULT 'none' CHECK (cadre_level IN ('none', 'section', 'county', 'bureau', 'province')),
    phone       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX members_org ON members(org_id);
CREATE INDEX members_name ON members(name);

CREATE TABLE study_groups (
    id          INTEGER PRIMARY KEY,
    ext_id      TEXT NOT NULL UNIQUE CHECK (length(ext_id) > 0),
    name        TEXT NOT NULL CHECK (length(name) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('central', 'branch')),
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT
);
CREATE INDEX study_groups_org ON study_groups(org_id);

CREATE TABLE group_memberships (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL REFERENCES study_groups(id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('leader', 'deputy', 'member', 'secretary', 'observer')),
    date_from   TEXT,
    date_to     TEXT,
    UNIQUE (group_id, member_id),
    CHECK (date_from IS NULL OR date_to IS NULL OR date_from <= date_to)
);
CREATE INDEX group_memberships_member ON group_memberships(member_id);

CREATE TABLE experts (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    title       TEXT NOT NULL DEFAULT '',
    affiliation TEXT NOT NULL DEFAULT '',
    fields      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX experts_name ON experts(name);

CREATE TABLE study_plans (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL REFERENCES study_groups(id) ON DELETE CASCADE,
    year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    approved_on TEXT,
    UNIQUE (group_id, year)
);

CREATE TABLE plan_items (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES study_plans(id) ON DELETE CASCADE,
    item_no     INTEGER NOT NULL CHECK (item_no > 0),
    month       INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    topic       TEXT NOT NULL CHECK (length(topic) > 0),
    form        TEXT NOT NULL CHECK (form IN ('collective', 'seminar', 'party_lecture', 'lecture', 'reading_club', 'research', 'party_day', 'joint')),
    lead        TEXT NOT NULL DEFAULT '',
    trigger     TEXT CHECK (trigger IS NULL OR trigger IN ('decision', 'problem', 'long_term')),
    UNIQUE (plan_id, item_no)
);

CREATE TABLE sessions (
    id                INTEGER PRIMARY KEY,
    ext_id            TEXT NOT NULL UNIQUE CHECK (length(ext_id) > 0),
    group_id          INTEGER NOT NULL REFERENCES study_groups(id) ON DELETE RESTRICT,
    date              TEXT NOT NULL,
    start_time        TEXT,
    minutes           INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    form              TEXT NOT NULL CHECK (form IN ('collective', 'seminar', 'party_lecture', 'lecture', 'reading_club', 'research', 'party_day', 'joint')),
    topic             TEXT NOT NULL CHECK (length(topic) > 0),
    trigger           TEXT CHECK (trigger IS NULL OR trigger IN ('decision', 'problem', 'long_term')),
    plan_item_id      INTEGER REFERENCES plan_items(id) ON DELETE SET NULL,
    speaker           TEXT NOT NULL DEFAULT '',
    speaker_member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
    speaker_expert_id INTEGER REFERENCES experts(id) ON DELETE SET NULL,
    host              TEXT NOT NULL DEFAULT '',
    recorder          TEXT NOT NULL DEFAULT '',
    location          TEXT NOT NULL DEFAULT '',
    minutes_text      TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'planned', 'cancelled'))
);
CREATE INDEX sessions_group_date ON sessions(group_id, date);
CREATE INDEX sessions_date ON sessions(date);
CREATE INDEX sessions_plan_item ON sessions(plan_item_id);
CREATE INDEX sessions_expert ON sessions(speaker_expert_id);

CREATE TABLE session_materials (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL CHECK (length(file_name) > 0),
    stored_path TEXT NOT NULL,
    added_at    TEXT NOT NULL
);
CREATE INDEX session_materials_session ON session_materials(session_id);

CREATE TABLE attendance (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('present', 'late', 'early_leave', 'excused', 'absent', 'observer')),
    reason      TEXT NOT NULL DEFAULT '',
    makeup_date TEXT,
    makeup_note TEXT NOT NULL DEFAULT '',
    UNIQUE (session_id, member_id),
    CHECK (status <> 'excused' OR length(reason) > 0),
    CHECK (makeup_date IS NULL OR status IN ('excused', 'absent'))
);
CREATE INDEX attendance_member ON attendance(member_id);

CREATE TABLE speeches (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    title       TEXT NOT NULL CHECK (length(title) > 0),
    UNIQUE (session_id, member_id, title)
);
CREATE INDEX speeches_member ON speeches(member_id);

CREATE TABLE self_study (
    id          INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    material    TEXT NOT NULL CHECK (length(material) > 0),
    medium      TEXT CHECK (medium IS NULL OR medium IN ('book', 'article', 'audio_video', 'online_course', 'other')),
    notes       TEXT NOT NULL DEFAULT '',
    notes_chars INTEGER NOT NULL DEFAULT 0 CHECK (notes_chars >= 0),
    UNIQUE (member_id, date, material)
);
CREATE INDEX self_study_date ON self_study(date);

CREATE TABLE writings (
    id          INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('reflection', 'report', 'article')),
    title       TEXT NOT NULL CHECK (length(title) > 0),
    date        TEXT NOT NULL,
    chars       INTEGER CHECK (chars IS NULL OR chars >= 0),
    body        TEXT,
    published   TEXT NOT NULL DEFAULT '',
    award       TEXT CHECK (award IS NULL OR award IN ('first', 'second', 'third', 'excellent')),
    UNIQUE (member_id, title),
    CHECK (chars IS NOT NULL OR body IS NOT NULL)
);
CREATE INDEX writings_date ON writings(date);

CREATE TABLE rubrics (
    year                  INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999),
    attendance_max        REAL NOT NULL DEFAULT 40 CHECK (attendance_max >= 0),
    hours_max             REAL NOT NULL DEFAULT 25 CHECK (hours_max >= 0),
    notes_max             REAL NOT NULL DEFAULT 15 CHECK (notes_max >= 0),
    speeches_max          REAL NOT NULL DEFAULT 10 CHECK (speeches_max >= 0),
    writings_max          REAL NOT NULL DEFAULT 10 CHECK (writings_max >= 0),
    points_present        REAL NOT NULL DEFAULT 2,
    points_late           REAL NOT NULL DEFAULT 1,
    points_early_leave    REAL NOT NULL DEFAULT 1,
    points_excused        REAL NOT NULL DEFAULT 1,
    points_absent         REAL NOT NULL DEFAULT 0,
    points_makeup         REAL NOT NULL DEFAULT 1,
    hours_target          REAL NOT NULL DEFAULT 32 CHECK (hours_target > 0),
    hours_target_cadre    REAL NOT NULL DEFAULT 56 CHECK (hours_target_cadre > 0),
    notes_target          INTEGER NOT NULL DEFAULT 6000 CHECK (notes_target > 0),
    notes_target_cadre    INTEGER NOT NULL DEFAULT 10000 CHECK (notes_target_cadre > 0),
    speeches_target       INTEGER NOT NULL DEFAULT 2 CHECK (speeches_target > 0),
    writings_target       INTEGER NOT NULL DEFAULT 2 CHECK (writings_target > 0),
    bonus_per_award       REAL NOT NULL DEFAULT 2,
    bonus_max             REAL NOT NULL DEFAULT 4,
    grade_excellent       REAL NOT NULL DEFAULT 90,
    grade_pass            REAL NOT NULL DEFAULT 70,
    grade_basic_pass      REAL NOT NULL DEFAULT 60,
    published             INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1))
);

CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'secretary', 'member', 'leader')),
    member_id     INTEGER REFERENCES members(id) ON DELETE SET NULL,
    org_id        INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);

CREATE TABLE assessment_adjustments (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL,
    group_id    INTEGER NOT NULL REFERENCES study_groups(id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    delta       REAL NOT NULL CHECK (delta BETWEEN -100 AND 100),
    reason      TEXT NOT NULL CHECK (length(reason) > 0),
    made_by     INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    made_at     TEXT NOT NULL,
    UNIQUE (year, group_id, member_id)
);
CREATE INDEX assessment_adjustments_member ON assessment_adjustments(member_id);

CREATE TABLE model_units (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    org_id      INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    kind        TEXT NOT NULL CHECK (kind IN ('demo_site', 'brand_activity')),
    year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    status      TEXT NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'recognised', 'revoked'))
);
CREATE INDEX model_units_org ON model_units(org_id);

CREATE TABLE model_unit_history (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES model_units(id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('applied', 'recognised', 'revoked')),
    changed_on  TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX model_unit_history_unit ON model_unit_history(unit_id);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    account_id  INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER,
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at);

CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);
