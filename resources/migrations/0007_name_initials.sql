-- StudyLedger schema version 7: the pinyin initials of each member's name (张伟 → 'zw'), so
-- that the members list finds a name by its initials as fast as by its text. The program writes
-- the column with every insert and rename (MemberRepository, ActivityWriter); here the SQL
-- function name_initials (registered on every connection, storage/NameInitialsFunction) fills
-- the members already there.
ALTER TABLE members ADD COLUMN name_initials TEXT NOT NULL DEFAULT '';
UPDATE members SET name_initials = name_initials(name);
CREATE INDEX members_name_initials ON members(name_initials);
