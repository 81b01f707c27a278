-- stats.sql: the kiosk's own, writable record of what visitors were shown and answered.
--
-- Kept apart from the content file, which is read-only and replaced by curators. Written in
-- WAL mode with synchronous=FULL: an answer whose write has returned survives a power cut.
-- Bump user_version when a table changes; the kiosk then starts a new file.

PRAGMA user_version = 1;

-- A question put in front of a visitor.
CREATE TABLE IF NOT EXISTS shown (
  id              INTEGER PRIMARY KEY,
  question        TEXT NOT NULL,     -- the question's key, e.g. 'who:borisov-heads-roscosmos:subject'
  content_version TEXT NOT NULL,     -- meta.content_version of the content it came from
  shown_at        TEXT NOT NULL      -- ISO 8601, UTC
);

-- An answer a visitor gave.
CREATE TABLE IF NOT EXISTS answer (
  id              INTEGER PRIMARY KEY,
  question        TEXT NOT NULL,     -- the question's key
  content_version TEXT NOT NULL,     -- meta.content_version of the content it came from
  choice          TEXT NOT NULL,     -- the answer chosen, as shown
  correct         INTEGER NOT NULL CHECK (correct IN (0, 1)),
  answer_ms       INTEGER NOT NULL,  -- from the question appearing to the tap, in milliseconds
  answered_at     TEXT NOT NULL      -- ISO 8601, UTC
);

CREATE INDEX IF NOT EXISTS shown_by_question ON shown(question);
CREATE INDEX IF NOT EXISTS answer_by_question ON answer(question);
