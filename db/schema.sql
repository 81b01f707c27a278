-- schema.sql: the one schema of the kiosk's content database.
--
-- `kiosk-db build` creates every database from this file, and the kiosk and `kiosk-db check`
-- compare an opened file against it. Bump user_version whenever a table or column changes;
-- the kiosk refuses a file whose version is not the one it was built with.
--
-- Conventions:
-- * Rows have an INTEGER id; `key` columns hold the curator's ids from db/content.
-- * Text a visitor reads lives in *_text tables, one row per language, so translations are
--   added as rows, never as columns.
-- * Display labels (formatted dates, "TASS, April 11, 2024") are computed by the builder, so
--   the kiosk only reads and draws.
-- * cards.position and questions.id run 1..N without gaps: the kiosk fetches item i directly.

PRAGMA user_version = 5;

-- Settings of the file as a whole. Required keys: schema_version, content_version, title,
-- build_time (ISO 8601, UTC), languages (comma-separated codes), default_language, and
-- content_checksum: "xxh3-" and the XXH3 64 of every row of every table below (this row left
-- out), rows in primary key order (kiosk/store/content_checksum.cpp); 16 hex digits alone are
-- the FNV-1a 64 of files built before, still accepted. The builder seals it and the
-- kiosk recomputes it, so a byte changed inside a text value, which SQLite's own integrity
-- check cannot see, is refused like any other damage.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY NOT NULL,  -- name of the setting
  value TEXT NOT NULL               -- its value
) WITHOUT ROWID;

-- Visitor text of the meta settings that is translated (title, subtitle).
CREATE TABLE meta_text (
  key   TEXT NOT NULL,              -- 'title' or 'subtitle'
  lang  TEXT NOT NULL REFERENCES language(code),
  value TEXT NOT NULL,              -- the text in that language
  PRIMARY KEY (key, lang)
) WITHOUT ROWID;

-- Languages the visitor text is written in, in the order the kiosk offers them.
CREATE TABLE language (
  code     TEXT PRIMARY KEY NOT NULL, -- BCP 47 code, such as 'en'
  name     TEXT NOT NULL,             -- its own name, as its button says it: 'Беларуская'
  position INTEGER NOT NULL UNIQUE    -- order of the buttons, 1..N
) WITHOUT ROWID;

-- The kiosk's own words (buttons, headings, prompts), per language. Keys are listed in
-- kiosk/core/ui_text.cpp; a text with a number has one row per plural form.
CREATE TABLE ui_text (
  key   TEXT NOT NULL,              -- e.g. 'quiz_note'
  lang  TEXT NOT NULL REFERENCES language(code),
  form  TEXT NOT NULL               -- '' for a text without a number, else its CLDR category
        CHECK (form IN ('', 'zero', 'one', 'two', 'few', 'many', 'other')),
  value TEXT NOT NULL,              -- '{n} вопроса о событиях'
  PRIMARY KEY (key, lang, form)
) WITHOUT ROWID;

-- How each language counts: the CLDR plural category of the counts a kiosk shows (worked out
-- by the builder with ICU, so the kiosk needs none). Counts beyond the table take 'other'.
CREATE TABLE plural_rule (
  lang  TEXT NOT NULL REFERENCES language(code),
  count INTEGER NOT NULL CHECK (count >= 0), -- 0, 1, 2, ...
  form  TEXT NOT NULL
        CHECK (form IN ('zero', 'one', 'two', 'few', 'many', 'other')),
  PRIMARY KEY (lang, count)
) WITHOUT ROWID;

-- The documents the content is drawn from.
CREATE TABLE source (
  id            INTEGER PRIMARY KEY,         -- row id
  key           TEXT NOT NULL UNIQUE,        -- curator's id, e.g. 'tass'
  file          TEXT NOT NULL,               -- the document's file name in the seeds directory
  outlet        TEXT NOT NULL,               -- the outlet that published it, e.g. 'TASS'
  date          TEXT,                        -- ISO 8601 at its precision (YYYY, YYYY-MM, YYYY-MM-DD); NULL if unknown
  date_inferred TEXT NOT NULL DEFAULT 'no'   -- 'no', 'year' or 'date': what of `date` was worked out
                CHECK (date_inferred IN ('no', 'year', 'date')),
  date_reason   TEXT,                        -- the reasoning behind an inferred date
  rewrite_of    INTEGER REFERENCES source(id), -- the source this one retells (so not independent)
  rewrite_reason TEXT                        -- why it is taken to be a retelling
);

-- Visitor text of a source.
CREATE TABLE source_text (
  source_id INTEGER NOT NULL REFERENCES source(id),
  lang      TEXT NOT NULL REFERENCES language(code),
  title     TEXT NOT NULL,                   -- our short description of the document
  label     TEXT NOT NULL,                   -- how it is credited on screen: 'TASS, April 11, 2024 (year inferred)'
  outlet    TEXT NOT NULL,                   -- the outlet as this language names it: 'ТАСС'
  PRIMARY KEY (source_id, lang)
) WITHOUT ROWID;

-- People, organisations, places, spacecraft, events and things.
CREATE TABLE entity (
  id   INTEGER PRIMARY KEY,                  -- row id
  key  TEXT NOT NULL UNIQUE,                 -- curator's id
  kind TEXT NOT NULL                         -- what it is
       CHECK (kind IN ('person', 'organisation', 'place', 'spacecraft', 'event', 'thing'))
);

-- Visitor text of an entity.
CREATE TABLE entity_text (
  entity_id INTEGER NOT NULL REFERENCES entity(id),
  lang      TEXT NOT NULL REFERENCES language(code),
  name      TEXT NOT NULL,                   -- the name shown
  role      TEXT,                            -- e.g. 'President of Belarus'; NULL if none
  PRIMARY KEY (entity_id, lang)
) WITHOUT ROWID;

-- Other names of an entity (transliterations, short forms): never offered as another answer.
CREATE TABLE entity_alias (
  entity_id INTEGER NOT NULL REFERENCES entity(id),
  alias     TEXT NOT NULL,                   -- the other name, as a document spells it
  PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;

-- Structured facts: subject, relation, and an entity, a date or a number.
CREATE TABLE fact (
  id            INTEGER PRIMARY KEY,         -- row id
  key           TEXT NOT NULL UNIQUE,        -- curator's id
  subject_id    INTEGER NOT NULL REFERENCES entity(id), -- what the fact is about
  relation      TEXT NOT NULL,               -- relation id from relations.toml, e.g. 'head_of'
  object_id     INTEGER REFERENCES entity(id), -- the value when it is an entity
  qualifier_id  INTEGER REFERENCES entity(id), -- a third entity completing the relation, if any
  value_date    TEXT,                        -- the value when it is a date (ISO 8601)
  date_inferred TEXT NOT NULL DEFAULT 'no'   -- as in source.date_inferred
                CHECK (date_inferred IN ('no', 'year', 'date')),
  date_reason   TEXT,                        -- the reasoning behind an inferred date
  value_number  REAL,                        -- the value when it is a number
  unit          TEXT,                        -- its unit, e.g. 'hours'
  approximate   INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)), -- the source says "about"
  status        TEXT NOT NULL CHECK (status IN ('agreed', 'disputed')), -- disputed: sources differ
  independent_sources INTEGER NOT NULL CHECK (independent_sources >= 1) -- sources that are not retellings of each other
);

-- Visitor text of a fact.
CREATE TABLE fact_text (
  fact_id     INTEGER NOT NULL REFERENCES fact(id),
  lang        TEXT NOT NULL REFERENCES language(code),
  statement   TEXT NOT NULL,                 -- the fact as a sentence
  value_label TEXT NOT NULL,                 -- the value as shown: a name, 'April 6, 2024', 'about 4 hours'
  PRIMARY KEY (fact_id, lang)
) WITHOUT ROWID;

-- Which sources report a fact, with the words that show it.
CREATE TABLE fact_source (
  fact_id   INTEGER NOT NULL REFERENCES fact(id),
  source_id INTEGER NOT NULL REFERENCES source(id),
  evidence  TEXT NOT NULL,                   -- a few distinctive words from that document
  PRIMARY KEY (fact_id, source_id)
) WITHOUT ROWID;

-- Pairs of facts that contradict each other (same subject, relation and qualifier).
CREATE TABLE fact_conflict (
  fact_id  INTEGER NOT NULL REFERENCES fact(id),
  other_id INTEGER NOT NULL REFERENCES fact(id), -- the fact it disagrees with
  PRIMARY KEY (fact_id, other_id)
) WITHOUT ROWID;

-- What people said, attributed to them.
CREATE TABLE quote (
  id         INTEGER PRIMARY KEY,            -- row id
  key        TEXT NOT NULL UNIQUE,           -- curator's id
  speaker_id INTEGER NOT NULL REFERENCES entity(id), -- who said it
  direct     INTEGER NOT NULL CHECK (direct IN (0, 1)), -- 1: their words; 0: our paraphrase
  status     TEXT NOT NULL CHECK (status IN ('agreed', 'disputed')) -- disputed: sources word it differently
);

-- Visitor text of a quote.
CREATE TABLE quote_text (
  quote_id INTEGER NOT NULL REFERENCES quote(id),
  lang     TEXT NOT NULL REFERENCES language(code),
  words    TEXT NOT NULL,                    -- the words (or paraphrase)
  context  TEXT,                             -- when and about what, in our words
  translated_from TEXT,                      -- the report's language when `words` is our
                                             -- translation of it ('en'); NULL: as reported
  PRIMARY KEY (quote_id, lang)
) WITHOUT ROWID;

-- Which sources carry a quote.
CREATE TABLE quote_source (
  quote_id  INTEGER NOT NULL REFERENCES quote(id),
  source_id INTEGER NOT NULL REFERENCES source(id),
  evidence  TEXT NOT NULL,                   -- the words as found in that document
  PRIMARY KEY (quote_id, source_id)
) WITHOUT ROWID;

-- Briefing cards, in timeline order.
CREATE TABLE card (
  id            INTEGER PRIMARY KEY,         -- row id
  key           TEXT NOT NULL UNIQUE,        -- curator's id
  position      INTEGER NOT NULL UNIQUE,     -- 1..N in date order
  date          TEXT,                        -- ISO 8601 at its precision
  date_inferred TEXT NOT NULL DEFAULT 'no'   -- as in source.date_inferred
                CHECK (date_inferred IN ('no', 'year', 'date')),
  date_reason   TEXT,                        -- the reasoning behind an inferred date
  place_id      INTEGER REFERENCES entity(id), -- where it happened
  quote_id      INTEGER REFERENCES quote(id)   -- the key quote, if any
);

-- Visitor text of a card.
CREATE TABLE card_text (
  card_id     INTEGER NOT NULL REFERENCES card(id),
  lang        TEXT NOT NULL REFERENCES language(code),
  title       TEXT NOT NULL,                 -- headline
  date_label  TEXT NOT NULL,                 -- 'April 11, 2024', 'December 2022 (date inferred)'
  timeline_date TEXT NOT NULL,               -- short, for the timeline: 'Apr 11, 2024', '11 апр. 2024 г.'
  place_label TEXT NOT NULL,                 -- the place's name, or ''
  body        TEXT NOT NULL,                 -- paragraphs separated by a blank line
  PRIMARY KEY (card_id, lang)
) WITHOUT ROWID;

-- The sources a card names, in the order shown.
CREATE TABLE card_source (
  card_id   INTEGER NOT NULL REFERENCES card(id),
  source_id INTEGER NOT NULL REFERENCES source(id),
  position  INTEGER NOT NULL,                -- order on screen
  PRIMARY KEY (card_id, source_id)
) WITHOUT ROWID;

-- The facts a card rests on.
CREATE TABLE card_fact (
  card_id INTEGER NOT NULL REFERENCES card(id),
  fact_id INTEGER NOT NULL REFERENCES fact(id),
  PRIMARY KEY (card_id, fact_id)
) WITHOUT ROWID;

-- Every quote a card shows or attributes in its text, the key quote among them: the quotes a
-- "who said this?" question may rest on.
CREATE TABLE card_quote (
  card_id  INTEGER NOT NULL REFERENCES card(id),
  quote_id INTEGER NOT NULL REFERENCES quote(id),
  PRIMARY KEY (card_id, quote_id)
) WITHOUT ROWID;

-- "Sources differ" notes shown on a card, one per disputed fact group.
CREATE TABLE card_difference (
  card_id  INTEGER NOT NULL REFERENCES card(id),
  lang     TEXT NOT NULL REFERENCES language(code),
  position INTEGER NOT NULL,                 -- order on screen
  note     TEXT NOT NULL,                    -- 'Newsweek: salo. DEA News: a bottle of oil.'
  PRIMARY KEY (card_id, lang, position)
) WITHOUT ROWID;

-- Quiz questions generated from facts and quotes; ids run 1..N.
CREATE TABLE question (
  id         INTEGER PRIMARY KEY,            -- 1..N without gaps
  key        TEXT NOT NULL UNIQUE,           -- stable id across builds, e.g. 'who:borisov-heads-roscosmos'
  kind       TEXT NOT NULL
             CHECK (kind IN ('who', 'what', 'when', 'where', 'how_many', 'who_said', 'true_false')),
  fact_id    INTEGER REFERENCES fact(id),    -- the fact it tests, if any
  quote_id   INTEGER REFERENCES quote(id),   -- the quote it tests, if any
  difficulty INTEGER NOT NULL CHECK (difficulty BETWEEN 1 AND 3), -- 1 easy .. 3 hard, estimated
  card_id    INTEGER NOT NULL REFERENCES card(id), -- the card a visitor can read the answer on
  review     TEXT NOT NULL                   -- 'approved': a curator read and approved this wording
             CHECK (review IN ('approved', 'unreviewed'))
);

-- "Quiz me on this": the questions of one card.
CREATE INDEX question_card ON question(card_id);

-- Visitor text of a question.
CREATE TABLE question_text (
  question_id INTEGER NOT NULL REFERENCES question(id),
  lang        TEXT NOT NULL REFERENCES language(code),
  prompt      TEXT NOT NULL,                 -- the question
  explanation TEXT NOT NULL,                 -- one sentence shown after the answer
  PRIMARY KEY (question_id, lang)
) WITHOUT ROWID;

-- Answers: the correct one and the whole pool of wrong ones.
CREATE TABLE choice (
  question_id INTEGER NOT NULL REFERENCES question(id),
  position    INTEGER NOT NULL,              -- order in the pool (the kiosk shuffles)
  correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
  entity_id   INTEGER REFERENCES entity(id), -- the entity the answer names, if any
  PRIMARY KEY (question_id, position)
) WITHOUT ROWID;

-- Visitor text of an answer.
CREATE TABLE choice_text (
  question_id INTEGER NOT NULL,
  position    INTEGER NOT NULL,
  lang        TEXT NOT NULL REFERENCES language(code),
  text        TEXT NOT NULL,                 -- the answer as shown
  PRIMARY KEY (question_id, position, lang),
  FOREIGN KEY (question_id, position) REFERENCES choice(question_id, position)
) WITHOUT ROWID;

-- The sources behind a question.
CREATE TABLE question_source (
  question_id INTEGER NOT NULL REFERENCES question(id),
  source_id   INTEGER NOT NULL REFERENCES source(id),
  PRIMARY KEY (question_id, source_id)
) WITHOUT ROWID;

-- "Did you know?" items for the attract screen: agreed facts; ids run 1..N.
CREATE TABLE highlight (
  id      INTEGER PRIMARY KEY,               -- 1..N without gaps
  fact_id INTEGER NOT NULL REFERENCES fact(id) -- the fact whose statement is shown
);

-- Speech: a spoken clip of a text the kiosk shows, found by its language and the exact text
-- (kiosk/core/speech.hpp). Rendered by kiosk-db build with eSpeak NG, or a curator's recording.
-- No rows when the file was built without a speech engine. Read one clip at a time.
-- A rowid table, not WITHOUT ROWID: clips are far larger than a page.
CREATE TABLE speech (
  id        INTEGER PRIMARY KEY,             -- 1..N in the order written
  lang      TEXT NOT NULL REFERENCES language(code),
  text      TEXT NOT NULL,                   -- the text spoken, exactly as the kiosk shows it
  ogg_opus  BLOB NOT NULL,                   -- the clip: an Ogg Opus stream, mono
  seconds   REAL NOT NULL CHECK (seconds > 0), -- its length
  origin    TEXT NOT NULL CHECK (origin IN ('espeak-ng', 'recording')), -- who spoke it
  recording TEXT,                            -- the recording's file name; NULL for espeak-ng
  UNIQUE (lang, text)
);
