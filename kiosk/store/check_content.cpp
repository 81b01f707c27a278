// Content sanity checks of a database whose structure is known good: what a visitor would
// stumble over (no right answer, two right answers, empty or endless text, broken UTF-8,
// references to nothing, through every foreign key of the schema).
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/content.hpp"
#include "core/content_limits.hpp"
#include "core/question_kinds.hpp"
#include "core/utf8.hpp"
#include "store/check.hpp"
#include "store/schema.hpp"

namespace kiosk::store {
namespace {

constexpr int kMaxProblems = 20;
using limits::Presence;

struct TextColumn {
  limits::TextLimit limit;
  const char* where;  // SQL naming the row in messages
};

// Every text a visitor may read, with the longest it may be (core/content_limits.hpp).
constexpr std::array<TextColumn, 18> kTextColumns{{
    {limits::kMetaText, "key || ' (' || lang || ')'"},
    {limits::kSourceTitle, "'source ' || source_id"},
    {limits::kSourceLabel, "'source ' || source_id"},
    {limits::kEntityName, "'entity ' || entity_id"},
    {limits::kEntityRole, "'entity ' || entity_id"},
    {limits::kFactStatement, "'fact ' || fact_id"},
    {limits::kFactValueLabel, "'fact ' || fact_id"},
    {limits::kQuoteWords, "'quote ' || quote_id"},
    {limits::kQuoteContext, "'quote ' || quote_id"},
    {limits::kCardTitle, "'card ' || card_id"},
    {limits::kCardDateLabel, "'card ' || card_id"},
    {limits::kCardPlaceLabel, "'card ' || card_id"},
    {limits::kCardBody, "'card ' || card_id"},
    {limits::kCardDifference, "'card ' || card_id"},
    {limits::kQuestionPrompt, "'question ' || question_id"},
    {limits::kQuestionExplanation, "'question ' || question_id"},
    {limits::kChoiceText, "'question ' || question_id || ' answer ' || position"},
    {limits::kSetting, "'setting ' || key"},
}};

bool full(const CheckReport& r) { return static_cast<int>(r.problems.size()) >= kMaxProblems; }

void add(CheckReport& r, std::string problem) {
  if (!full(r)) r.problems.push_back(std::move(problem));
}

void check_text_column(sqlite3* db, const TextColumn& text, CheckReport& report) {
  const limits::TextLimit& c = text.limit;
  Statement s(db, std::string("SELECT ") + text.where + ", " + c.column + " FROM " + c.table);
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

// `parts` with `separator` between them.
std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
  return out;
}

// One row whose reference has no row to refer to (or is NULL where it must not be). A key of
// several columns is written "table.(a, b) refers to parent (1, 2)".
void check_reference(sqlite3* db, const ForeignKey& key, CheckReport& report) {
  std::vector<std::string> values;
  std::vector<std::string> nulls;
  std::vector<std::string> matches;
  for (std::size_t i = 0; i < key.columns.size(); ++i) {
    values.push_back("quote(c." + key.columns[i] + ")");
    nulls.push_back("c." + key.columns[i] + " IS NULL");
    matches.push_back("p." + key.parent_columns.at(i) + " = c." + key.columns[i]);
  }
  const std::string any_null = joined(nulls, " OR ");
  Statement s(db, "SELECT " + joined(values, " || ', ' || ") + " FROM " + key.table + " c WHERE " +
                      (key.presence == Presence::Required ? any_null + " OR " : std::string()) +
                      "(NOT (" + any_null + ") AND NOT EXISTS (SELECT 1 FROM " + key.parent +
                      " p WHERE " + joined(matches, " AND ") + ")) LIMIT 1");
  if (!s.step()) return;
  const bool single = key.columns.size() == 1;
  const std::string columns = single ? key.columns[0] : "(" + joined(key.columns, ", ") + ")";
  const std::string value = single ? s.text(0) : "(" + s.text(0) + ")";
  add(report, key.table + "." + columns + " refers to " + key.parent + " " + value +
                  ", which does not exist");
}

// Items the kiosk fetches by number must be numbered 1..N.
void check_numbering(sqlite3* db, const char* table, const char* column, CheckReport& report) {
  const std::string sql = std::string("SELECT COUNT(*), COALESCE(MIN(") + column + "), 0), " +
                          "COALESCE(MAX(" + column + "), 0), COUNT(DISTINCT " + column + ") FROM " +
                          table + " WHERE typeof(" + column + ") = 'integer'";
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
  std::vector<std::string> names;
  for (const QuestionKind kind : kQuestionKinds) {
    names.push_back("'" + std::string(kind_name(kind)) + "'");
  }
  Statement kinds(db, "SELECT id, quote(kind) FROM question WHERE kind IS NULL OR kind NOT IN (" +
                          joined(names, ",") + ") LIMIT 1");
  if (kinds.step()) {
    add(report, "question " + kinds.text(0) + " has an unknown kind " + kinds.text(1));
  }
  if (query_integer(db,
                    "SELECT COUNT(*) FROM choice WHERE typeof(correct) != 'integer' OR "
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
    } else if (total > limits::kMaxChoices) {
      add(report, q + " has " + std::to_string(total) + " answers (at most " +
                      std::to_string(limits::kMaxChoices) + ")");
    } else if (answers.text(1) == kind_name(QuestionKind::TrueFalse) &&
               total != limits::kTrueFalseChoices) {
      add(report, q + " is true-or-false but has " + std::to_string(total) + " answers");
    }
  }
}

// Every item the kiosk shows needs its text in the default language.
void check_translations(sqlite3* db, CheckReport& report) {
  Statement lang(db, "SELECT value FROM meta WHERE key = 'default_language'");
  const std::string language = lang.step() ? lang.text(0) : std::string();
  if (query_integer(db,
                    "SELECT COUNT(*) FROM language WHERE code = (SELECT value FROM meta "
                    "WHERE key = 'default_language')") == 0) {
    add(report, "the default language '" + language + "' is not in the language table");
    return;
  }
  constexpr std::array<std::pair<const char*, const char*>, 4> kNeeds{{
      {"question",
       "SELECT t.id FROM question t WHERE NOT EXISTS (SELECT 1 FROM question_text x "
       "WHERE x.question_id = t.id AND x.lang = ?1) LIMIT 1"},
      {"card",
       "SELECT t.id FROM card t WHERE NOT EXISTS (SELECT 1 FROM card_text x "
       "WHERE x.card_id = t.id AND x.lang = ?1) LIMIT 1"},
      {"an answer of question",
       "SELECT t.question_id FROM choice t WHERE NOT EXISTS (SELECT 1 FROM choice_text x "
       "WHERE x.question_id = t.question_id AND x.position = t.position AND x.lang = ?1) LIMIT 1"},
      {"the highlighted fact",
       "SELECT t.fact_id FROM highlight t WHERE NOT EXISTS (SELECT 1 "
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
  for (const ForeignKey& key : schema_foreign_keys()) check_reference(db, key, report);
  check_questions(db, report);
  check_translations(db, report);
  for (const TextColumn& text : kTextColumns) {
    if (full(report)) break;
    check_text_column(db, text, report);
  }
}

}  // namespace kiosk::store
