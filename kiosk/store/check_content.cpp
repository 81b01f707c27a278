// Content sanity checks of a database whose structure is known good: what a visitor would
// stumble over (no right answer, two right answers, empty or endless text, broken UTF-8,
// references to nothing).
#include <array>
#include <string>

#include "core/utf8.hpp"
#include "store/check.hpp"

namespace kiosk::store {
namespace {

constexpr int kMaxProblems = 20;
constexpr int kMaxChoices = 16;

enum class Presence { Required, Optional };

struct TextColumn {
  const char* table;
  const char* column;
  const char* where;  // SQL naming the row in messages
  int max_chars;
  Presence presence;
};

// Every text a visitor may read, with the longest it may be.
constexpr std::array<TextColumn, 18> kTextColumns{{
    {"meta_text", "value", "key || ' (' || lang || ')'", 300, Presence::Required},
    {"source_text", "title", "'source ' || source_id", 300, Presence::Required},
    {"source_text", "label", "'source ' || source_id", 300, Presence::Required},
    {"entity_text", "name", "'entity ' || entity_id", 200, Presence::Required},
    {"entity_text", "role", "'entity ' || entity_id", 300, Presence::Optional},
    {"fact_text", "statement", "'fact ' || fact_id", 1000, Presence::Required},
    {"fact_text", "value_label", "'fact ' || fact_id", 200, Presence::Required},
    {"quote_text", "words", "'quote ' || quote_id", 2000, Presence::Required},
    {"quote_text", "context", "'quote ' || quote_id", 500, Presence::Optional},
    {"card_text", "title", "'card ' || card_id", 300, Presence::Required},
    {"card_text", "date_label", "'card ' || card_id", 100, Presence::Required},
    {"card_text", "place_label", "'card ' || card_id", 200, Presence::Optional},
    {"card_text", "body", "'card ' || card_id", 10000, Presence::Required},
    {"card_difference", "note", "'card ' || card_id", 1000, Presence::Required},
    {"question_text", "prompt", "'question ' || question_id", 600, Presence::Required},
    {"question_text", "explanation", "'question ' || question_id", 1500, Presence::Required},
    {"choice_text", "text", "'question ' || question_id || ' answer ' || position", 300,
     Presence::Required},
    {"meta", "value", "'setting ' || key", 1000, Presence::Required},
}};

struct Reference {
  const char* table;
  const char* column;
  const char* parent;
  Presence presence;
};

// Every link between rows; `parent` is a table whose `id` (or `code`) the column refers to.
constexpr std::array<Reference, 24> kReferences{{
    {"source_text", "source_id", "source", Presence::Required},
    {"source", "rewrite_of", "source", Presence::Optional},
    {"entity_text", "entity_id", "entity", Presence::Required},
    {"entity_alias", "entity_id", "entity", Presence::Required},
    {"fact", "subject_id", "entity", Presence::Required},
    {"fact", "object_id", "entity", Presence::Optional},
    {"fact", "qualifier_id", "entity", Presence::Optional},
    {"fact_text", "fact_id", "fact", Presence::Required},
    {"fact_source", "fact_id", "fact", Presence::Required},
    {"fact_source", "source_id", "source", Presence::Required},
    {"quote", "speaker_id", "entity", Presence::Required},
    {"quote_text", "quote_id", "quote", Presence::Required},
    {"quote_source", "source_id", "source", Presence::Required},
    {"card", "place_id", "entity", Presence::Optional},
    {"card", "quote_id", "quote", Presence::Optional},
    {"card_text", "card_id", "card", Presence::Required},
    {"card_source", "source_id", "source", Presence::Required},
    {"card_fact", "fact_id", "fact", Presence::Required},
    {"question", "fact_id", "fact", Presence::Optional},
    {"question", "quote_id", "quote", Presence::Optional},
    {"question_text", "question_id", "question", Presence::Required},
    {"choice", "question_id", "question", Presence::Required},
    {"question_source", "source_id", "source", Presence::Required},
    {"highlight", "fact_id", "fact", Presence::Required},
}};

bool full(const CheckReport& r) { return static_cast<int>(r.problems.size()) >= kMaxProblems; }

void add(CheckReport& r, std::string problem) {
  if (!full(r)) r.problems.push_back(std::move(problem));
}

void check_text_column(sqlite3* db, const TextColumn& c, CheckReport& report) {
  Statement s(db, std::string("SELECT ") + c.where + ", " + c.column + " FROM " + c.table);
  while (s.step() && !full(report)) {
    const std::string where = std::string(c.table) + "." + c.column + " of " + s.text(0);
    if (s.is_null(1)) {
      if (c.presence == Presence::Required) add(report, where + " is missing (NULL)");
      continue;
    }
    if (s.type(1) != SQLITE_TEXT) {
      add(report, where + " is not text");
      continue;
    }
    const std::string value = s.text(1);
    if (const auto bad = utf8::first_invalid(value)) {
      add(report, where + " is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
    } else if (value.empty() && c.presence == Presence::Required) {
      add(report, where + " is empty");
    } else if (utf8::count_code_points(value) > static_cast<std::size_t>(c.max_chars)) {
      add(report, where + " is too long (" + std::to_string(utf8::count_code_points(value)) +
                      " characters; at most " + std::to_string(c.max_chars) + ")");
    }
  }
}

void check_reference(sqlite3* db, const Reference& r, CheckReport& report) {
  const std::string key = std::string_view(r.parent) == "language" ? "code" : "id";
  const std::string sql = std::string("SELECT quote(c.") + r.column + ") FROM " + r.table +
                          " c WHERE " + (r.presence == Presence::Required
                                             ? std::string("c.") + r.column + " IS NULL OR "
                                             : std::string()) +
                          "(c." + r.column + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " +
                          r.parent + " p WHERE p." + key + " = c." + r.column + ")) LIMIT 1";
  Statement s(db, sql);
  if (s.step()) {
    add(report, std::string(r.table) + "." + r.column + " refers to " + r.parent + " " +
                    s.text(0) + ", which does not exist");
  }
}

// Items the kiosk fetches by number must be numbered 1..N.
void check_numbering(sqlite3* db, const char* table, const char* column, CheckReport& report) {
  const std::string sql = std::string("SELECT COUNT(*), COALESCE(MIN(") + column + "), 0), " +
                          "COALESCE(MAX(" + column + "), 0), COUNT(DISTINCT " + column +
                          ") FROM " + table + " WHERE typeof(" + column + ") = 'integer'";
  Statement s(db, sql);
  s.step();
  const auto count = s.integer(0);
  if (count != query_integer(db, std::string("SELECT COUNT(*) FROM ") + table) ||
      (count > 0 && (s.integer(1) != 1 || s.integer(2) != count || s.integer(3) != count))) {
    add(report, std::string(table) + "." + column + " must number the rows 1.." +
                    std::to_string(count) + " without gaps");
  }
}

void check_questions(sqlite3* db, CheckReport& report) {
  Statement kinds(db,
                  "SELECT id, quote(kind) FROM question WHERE kind IS NULL OR kind NOT IN "
                  "('who','what','when','where','how_many','who_said','true_false') LIMIT 1");
  if (kinds.step()) {
    add(report, "question " + kinds.text(0) + " has an unknown kind " + kinds.text(1));
  }
  if (query_integer(db, "SELECT COUNT(*) FROM choice WHERE typeof(correct) != 'integer' OR "
                        "correct NOT IN (0, 1)") > 0) {
    add(report, "choice.correct must be 0 or 1");
  }
  Statement answers(db,
                    "SELECT q.id, q.kind, COALESCE(SUM(c.correct = 1), 0), COUNT(c.question_id) "
                    "FROM question q LEFT JOIN choice c ON c.question_id = q.id GROUP BY q.id");
  while (answers.step() && !full(report)) {
    const std::string q = "question " + answers.text(0);
    const auto correct = answers.integer(2);
    const auto total = answers.integer(3);
    if (correct != 1) {
      add(report, q + " has " + std::to_string(correct) + " correct answers (needs exactly 1)");
    } else if (total < 2) {
      add(report, q + " has no wrong answer (needs at least 1)");
    } else if (total > kMaxChoices) {
      add(report, q + " has " + std::to_string(total) + " answers (at most " +
                      std::to_string(kMaxChoices) + ")");
    } else if (answers.text(1) == "true_false" && total != 2) {
      add(report, q + " is true-or-false but has " + std::to_string(total) + " answers");
    }
  }
}

// Every item the kiosk shows needs its text in the default language.
void check_translations(sqlite3* db, CheckReport& report) {
  Statement lang(db, "SELECT value FROM meta WHERE key = 'default_language'");
  const std::string language = lang.step() ? lang.text(0) : std::string();
  if (query_integer(db, "SELECT COUNT(*) FROM language WHERE code = (SELECT value FROM meta "
                        "WHERE key = 'default_language')") == 0) {
    add(report, "the default language '" + language + "' is not in the language table");
    return;
  }
  constexpr std::array<std::pair<const char*, const char*>, 4> kNeeds{{
      {"question", "SELECT t.id FROM question t WHERE NOT EXISTS (SELECT 1 FROM question_text x "
                   "WHERE x.question_id = t.id AND x.lang = ?1) LIMIT 1"},
      {"card", "SELECT t.id FROM card t WHERE NOT EXISTS (SELECT 1 FROM card_text x "
               "WHERE x.card_id = t.id AND x.lang = ?1) LIMIT 1"},
      {"an answer of question",
       "SELECT t.question_id FROM choice t WHERE NOT EXISTS (SELECT 1 FROM choice_text x "
       "WHERE x.question_id = t.question_id AND x.position = t.position AND x.lang = ?1) LIMIT 1"},
      {"the highlighted fact", "SELECT t.fact_id FROM highlight t WHERE NOT EXISTS (SELECT 1 "
                               "FROM fact_text x WHERE x.fact_id = t.fact_id AND x.lang = ?1) "
                               "LIMIT 1"},
  }};
  for (const auto& [name, sql] : kNeeds) {
    Statement s(db, sql);
    s.bind(1, std::string_view(language));
    if (s.step()) {
      add(report, std::string(name) + " " + s.text(0) + " has no text in '" + language + "'");
    }
  }
}

}  // namespace

void check_content(sqlite3* db, CheckReport& report) {
  report.cards = static_cast<int>(query_integer(db, "SELECT COUNT(*) FROM card"));
  report.questions = static_cast<int>(query_integer(db, "SELECT COUNT(*) FROM question"));
  report.approved_questions = count_approved(db);
  if (report.cards == 0) add(report, "there are no briefing cards");
  if (report.questions == 0) add(report, "there are no quiz questions");
  check_numbering(db, "question", "id", report);
  check_numbering(db, "card", "position", report);
  check_numbering(db, "highlight", "id", report);
  for (const Reference& r : kReferences) check_reference(db, r, report);
  check_questions(db, report);
  check_translations(db, report);
  for (const TextColumn& c : kTextColumns) {
    if (full(report)) break;
    check_text_column(db, c, report);
  }
}

}  // namespace kiosk::store
