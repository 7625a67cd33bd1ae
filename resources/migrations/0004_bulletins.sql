-- StudyLedger schema version 4: the study bulletin (学习通报): the settings of each issuing
-- organisation and the issued bulletins, kept as issued so that they reprint unchanged.

-- The settings of an issuing organisation; none stored: the defaults (the organisation's name,
-- no number prefix, names withheld).
CREATE TABLE bulletin_settings (
    org_id             INTEGER PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
    organ_name         TEXT NOT NULL CHECK (length(organ_name) > 0),
    number_prefix      TEXT NOT NULL DEFAULT '',
    addressee          TEXT NOT NULL DEFAULT '',
    names_in_problems  INTEGER NOT NULL DEFAULT 0 CHECK (names_in_problems IN (0, 1)),
    closing_text       TEXT NOT NULL DEFAULT ''
);

-- An issued bulletin: its number (serial within the issuing organisation and the year of the
-- issue date), the scope and period as they were, the secretary's prose, the JSON of the
-- figures and the PDF at issue time. An organisation with issued bulletins cannot be removed.
CREATE TABLE issued_bulletins (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    scope_kind   TEXT NOT NULL CHECK (scope_kind IN ('group', 'org')),
    scope_id     INTEGER NOT NULL,
    scope_name   TEXT NOT NULL,
    period_from  TEXT NOT NULL,
    period_to    TEXT NOT NULL,
    year         INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    serial       INTEGER NOT NULL CHECK (serial > 0),
    number       TEXT NOT NULL CHECK (length(number) > 0),
    title        TEXT NOT NULL,
    issued_on    TEXT NOT NULL,
    issued_by    INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
    issued_at    TEXT NOT NULL,
    practices    TEXT NOT NULL DEFAULT '',
    next_steps   TEXT NOT NULL DEFAULT '',
    figures_json BLOB NOT NULL,
    pdf          BLOB NOT NULL,
    UNIQUE (org_id, year, serial)
);
