// Reading cards, questions and highlights one at a time, by their 1..N numbers.
#include "store/sqlite_library.hpp"

#include <algorithm>

#include "core/utf8.hpp"
#include "store/open.hpp"
#include "store/translations.hpp"

namespace kiosk::store {
namespace {

std::vector<std::string> labels(sqlite3* db, const char* sql, std::int64_t id) {
  Statement s(db, sql);
  s.bind(1, id);
  std::vector<std::string> out;
  while (s.step()) out.push_back(utf8::sanitise(s.text(0)));
  return out;
}

// Runs `read`, turning a failure (a file damaged after it was checked) into nullopt.
template <typename Read>
auto guarded(Read read) -> std::optional<decltype(read())> {
  try {
    return read();
  } catch (const StoreError&) {
    return std::nullopt;
  }
}

}  // namespace

LoadResult SqliteLibrary::open(const std::string& path, CheckDepth depth) {
  LoadResult result;
  if (std::optional<std::string> problem = check_file_header(path)) {
    result.report.problems.push_back(*problem);
    return result;
  }
  try {
    DatabaseHandle db = open_untrusted(path);
    result.report =
        depth == CheckDepth::Full ? check_database(db.get()) : check_structure(db.get());
    if (!result.report.usable()) return result;
    result.library.reset(new SqliteLibrary(std::move(db), result.report));
  } catch (const StoreError& e) {
    result.report.problems.emplace_back(e.what());
    result.library.reset();
  }
  return result;
}

SqliteLibrary::SqliteLibrary(DatabaseHandle db, const CheckReport& report)
    : db_(std::move(db)),
      cards_(report.cards),
      questions_(report.questions),
      approved_(report.approved_questions) {
  read_meta();
  highlights_ =
      static_cast<int>(query_integer(db_.get(), "SELECT COALESCE(MAX(id), 0) FROM highlight"));
}

void SqliteLibrary::read_meta() {
  Statement s(db_.get(), "SELECT key, value FROM meta");
  while (s.step()) {
    const std::string key = s.text(0);
    if (key == "content_version") meta_.content_version = s.text(1);
    if (key == "build_time") meta_.build_time = s.text(1);
    if (key == "default_language") default_language_ = s.text(1);
  }
  meta_.language = default_language_;
  meta_.default_language = default_language_;
  read_titles();
}

// The title and subtitle in the language shown (views made by use_language).
void SqliteLibrary::read_titles() {
  use_language(db_.get(), meta_.language, default_language_);
  meta_.title.clear();
  meta_.subtitle.clear();
  Statement t(db_.get(), "SELECT key, value FROM meta_text_v");
  while (t.step()) {
    if (t.text(0) == "title") meta_.title = utf8::sanitise(t.text(1));
    if (t.text(0) == "subtitle") meta_.subtitle = utf8::sanitise(t.text(1));
  }
}

Card SqliteLibrary::read_card(int index) const {
  Statement s(db_.get(),
              "SELECT c.id, c.key, t.title, t.date_label, t.place_label, t.body, qt.words, "
              "et.name, et.role, c.date, c.date_inferred, t.timeline_date, qt.translated_from, "
              "(SELECT st.outlet FROM quote_source qs JOIN source_text_v st ON st.source_id = "
              "qs.source_id WHERE qs.quote_id = q.id ORDER BY qs.source_id LIMIT 1) FROM card c "
              "JOIN card_text_v t ON t.card_id = c.id "
              "LEFT JOIN quote q ON q.id = c.quote_id "
              "LEFT JOIN quote_text_v qt ON qt.quote_id = q.id "
              "LEFT JOIN entity_text_v et ON et.entity_id = q.speaker_id "
              "WHERE c.position = ?1");
  s.bind(1, std::int64_t{index + 1});
  if (!s.step()) throw StoreError("card " + std::to_string(index + 1) + " is missing");
  Card card;
  const std::int64_t id = s.integer(0);
  card.key = s.text(1);
  card.title = utf8::sanitise(s.text(2));
  card.date_label = utf8::sanitise(s.text(3));
  card.place = utf8::sanitise(s.text(4));
  card.body = utf8::sanitise(s.text(5));
  if (!s.is_null(9)) card.date = parse_iso_date(s.text(9));
  card.date_inference = inference_from_name(s.text(10));
  card.timeline_date = utf8::sanitise(s.text(11));
  if (!s.is_null(6)) {
    const std::string role = s.text(8);
    card.quote = CardQuote{utf8::sanitise(s.text(6)),
                           utf8::sanitise(s.text(7) + (role.empty() ? "" : ", " + role)),
                           s.is_null(12) ? std::string() : utf8::sanitise(s.text(13))};
  }
  card.sources = labels(db_.get(),
                        "SELECT st.label FROM card_source cs JOIN source_text_v st ON "
                        "st.source_id = cs.source_id WHERE cs.card_id = ?1 "
                        "ORDER BY cs.position",
                        id);
  card.differences = labels(db_.get(),
                            "SELECT note FROM card_difference_v WHERE card_id = ?1 "
                            "ORDER BY position",
                            id);
  return card;
}

Question SqliteLibrary::read_question(int index) const {
  const std::int64_t id = index + 1;
  Statement s(db_.get(),
              "SELECT q.kind, t.prompt, t.explanation, q.key, q.difficulty, c.position, "
              "COALESCE(f.key, 'quote:' || qu.key, q.key), q.review FROM question q "
              "JOIN question_text_v t ON t.question_id = q.id "
              "LEFT JOIN card c ON c.id = q.card_id LEFT JOIN fact f ON f.id = q.fact_id "
              "LEFT JOIN quote qu ON qu.id = q.quote_id WHERE q.id = ?1");
  s.bind(1, id);
  if (!s.step()) throw StoreError("question " + std::to_string(id) + " is missing");
  Question q;
  q.id = id;
  q.kind = kind_from_name(s.text(0)).value_or(QuestionKind::What);
  q.prompt = utf8::sanitise(s.text(1));
  q.explanation = utf8::sanitise(s.text(2));
  q.key = utf8::sanitise(s.text(3));
  q.difficulty = static_cast<int>(s.integer(4));
  q.card = s.is_null(5) ? -1 : static_cast<int>(s.integer(5)) - 1;
  q.topic = s.text(6);
  q.approved = s.text(7) == "approved";
  Statement c(db_.get(),
              "SELECT c.correct, t.text FROM choice c JOIN choice_text_v t ON t.question_id = "
              "c.question_id AND t.position = c.position WHERE c.question_id = "
              "?1 ORDER BY c.position");
  c.bind(1, id);
  while (c.step()) q.choices.push_back({utf8::sanitise(c.text(1)), c.integer(0) == 1});
  q.sources = labels(db_.get(),
                     "SELECT st.label FROM question_source qs JOIN source_text_v st ON "
                     "st.source_id = qs.source_id WHERE qs.question_id = ?1 "
                     "ORDER BY st.label",
                     id);
  return q;
}

std::optional<Card> SqliteLibrary::card(int index) const {
  if (index < 0 || index >= cards_) return std::nullopt;
  return guarded([&] { return read_card(index); });
}

std::optional<Question> SqliteLibrary::question(int index) const {
  if (index < 0 || index >= questions_) return std::nullopt;
  return guarded([&] { return read_question(index); });
}

std::vector<int> SqliteLibrary::questions_of_card(int index) const {
  if (index < 0 || index >= cards_) return {};
  return guarded([&] {
           Statement s(db_.get(),
                       "SELECT q.id FROM question q JOIN card c ON c.id = q.card_id "
                       "WHERE c.position = ? ORDER BY q.id");
           s.bind(1, std::int64_t{index + 1});
           std::vector<int> out;
           while (s.step()) out.push_back(static_cast<int>(s.integer(0)) - 1);
           return out;
         })
      .value_or(std::vector<int>{});
}

std::optional<std::string> SqliteLibrary::highlight(int index) const {
  if (index < 0 || index >= highlights_) return std::nullopt;
  return guarded([&] {
    Statement s(db_.get(),
                "SELECT t.statement FROM highlight h JOIN fact_text_v t ON t.fact_id = h.fact_id "
                "WHERE h.id = ?1");
    s.bind(1, std::int64_t{index + 1});
    if (!s.step()) throw StoreError("highlight " + std::to_string(index + 1) + " is missing");
    return utf8::sanitise(s.text(0));
  });
}

std::vector<LanguageChoice> SqliteLibrary::languages() const {
  return guarded([&] {
           Statement s(db_.get(), "SELECT code, name FROM language ORDER BY position");
           std::vector<LanguageChoice> out;
           while (s.step()) out.push_back({s.text(0), utf8::sanitise(s.text(1))});
           return out;
         })
      .value_or(std::vector<LanguageChoice>{});
}

void SqliteLibrary::set_language(const std::string& code) {
  const std::vector<LanguageChoice> offered = languages();
  const bool known = std::any_of(offered.begin(), offered.end(),
                                 [&](const LanguageChoice& l) { return l.code == code; });
  if (!known || code == meta_.language) return;
  const std::string before = meta_.language;
  meta_.language = code;
  // A file damaged since its check keeps the language it had; reads then fail as usual.
  if (!guarded([&] {
        read_titles();
        return true;
      })) {
    meta_.language = before;
  }
}

std::vector<UiRow> SqliteLibrary::ui_rows(const std::string& code) const {
  return guarded([&] {
           Statement s(db_.get(), "SELECT key, form, value FROM ui_text WHERE lang = ?1");
           s.bind(1, std::string_view(code));
           std::vector<UiRow> out;
           while (s.step()) out.push_back({s.text(0), s.text(1), utf8::sanitise(s.text(2))});
           return out;
         })
      .value_or(std::vector<UiRow>{});
}

std::vector<std::string> SqliteLibrary::plural_forms(const std::string& code) const {
  return guarded([&] {
           Statement s(db_.get(),
                       "SELECT count, form FROM plural_rule WHERE lang = ?1 ORDER BY count");
           s.bind(1, std::string_view(code));
           std::vector<std::string> out;
           // Only a table without gaps from 0 is usable: position i must be count i.
           while (s.step() && s.integer(0) == static_cast<std::int64_t>(out.size())) {
             out.push_back(s.text(1));
           }
           return out;
         })
      .value_or(std::vector<std::string>{});
}

std::optional<SpeechClip> SqliteLibrary::speech(const std::string& language,
                                                const std::string& text) const {
  return guarded([&]() -> std::optional<SpeechClip> {
           if (!speech_query_) {
             speech_query_ = std::make_unique<Statement>(
                 db_.get(), "SELECT ogg_opus, seconds FROM speech WHERE lang = ?1 AND text = ?2");
           }
           Statement& s = *speech_query_;
           s.reset();  // in case a failure left it mid-step
           s.bind(1, std::string_view(language)).bind(2, std::string_view(text));
           std::optional<SpeechClip> clip;
           if (s.step()) clip = SpeechClip{s.blob(0), s.real(1)};
           s.reset();
           return clip;
         })
      .value_or(std::nullopt);
}

bool SqliteLibrary::speaks(const std::string& language, const std::string& text) const {
  return guarded([&]() -> bool {
           if (!speaks_query_) {
             speaks_query_ = std::make_unique<Statement>(
                 db_.get(), "SELECT 1 FROM speech WHERE lang = ?1 AND text = ?2");
           }
           Statement& s = *speaks_query_;
           s.reset();
           s.bind(1, std::string_view(language)).bind(2, std::string_view(text));
           const bool found = s.step();
           s.reset();
           return found;
         })
      .value_or(false);
}

}  // namespace kiosk::store
