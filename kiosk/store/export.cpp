// Reading every table back into one JSON document.
#include "store/export.hpp"

#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace kiosk::store {
namespace {

using Json = nlohmann::ordered_json;

std::string default_language(sqlite3* db) {
  Statement s(db, "SELECT value FROM meta WHERE key = 'default_language'");
  return s.step() ? s.text(0) : "en";
}

Json nullable_text(const Statement& s, int column) {
  return s.is_null(column) ? Json(nullptr) : Json(s.text(column));
}

// The file's settings; `languages` as a list of every language, `language` the one exported.
Json meta(sqlite3* db, const std::string& lang) {
  Json out = Json::object();
  Statement s(db, "SELECT key, value FROM meta ORDER BY key");
  while (s.step()) out[s.text(0)] = s.text(1);
  Json languages = Json::array();
  Statement codes(db, "SELECT code FROM language ORDER BY position");
  while (codes.step()) languages.push_back(codes.text(0));
  out["languages"] = languages;
  out["language"] = lang;
  return out;
}

// `wanted`, or the default language when it is ""; throws when the file does not have it.
std::string export_language(sqlite3* db, const std::string& wanted) {
  if (wanted.empty()) return default_language(db);
  std::string offered;
  Statement s(db, "SELECT code FROM language ORDER BY position");
  while (s.step()) {
    if (s.text(0) == wanted) return wanted;
    offered += (offered.empty() ? "" : ", ") + s.text(0);
  }
  throw StoreError("the file has no language '" + wanted + "' (it has " + offered + ")");
}

Json sources(sqlite3* db, const std::string& lang) {
  Json out = Json::array();
  Statement s(db,
              "SELECT s.key, s.outlet, s.file, s.date, s.date_inferred, s.date_reason, "
              "r.key, s.rewrite_reason, t.title, t.label FROM source s "
              "LEFT JOIN source r ON r.id = s.rewrite_of "
              "LEFT JOIN source_text t ON t.source_id = s.id AND t.lang = ?1 ORDER BY s.id");
  s.bind(1, std::string_view(lang));
  while (s.step()) {
    out.push_back({{"id", s.text(0)},
                   {"outlet", s.text(1)},
                   {"file", s.text(2)},
                   {"date", nullable_text(s, 3)},
                   {"date_inferred", s.text(4)},
                   {"date_reason", nullable_text(s, 5)},
                   {"rewrite_of", nullable_text(s, 6)},
                   {"rewrite_reason", nullable_text(s, 7)},
                   {"title", s.text(8)},
                   {"label", s.text(9)}});
  }
  return out;
}

Json entities(sqlite3* db, const std::string& lang) {
  Json out = Json::array();
  Statement s(db,
              "SELECT e.id, e.key, e.kind, t.name, t.role FROM entity e LEFT JOIN "
              "entity_text t ON t.entity_id = e.id AND t.lang = ?1 ORDER BY e.id");
  Statement aliases(db, "SELECT alias FROM entity_alias WHERE entity_id = ? ORDER BY alias");
  s.bind(1, std::string_view(lang));
  while (s.step()) {
    Json names = Json::array();
    aliases.bind(1, s.integer(0));
    while (aliases.step()) names.push_back(aliases.text(0));
    aliases.reset();
    out.push_back({{"id", s.text(1)},
                   {"kind", s.text(2)},
                   {"name", s.text(3)},
                   {"role", nullable_text(s, 4)},
                   {"aliases", names}});
  }
  return out;
}

Json evidence(sqlite3* db, const char* sql, std::int64_t id) {
  Json out = Json::array();
  Statement s(db, sql);
  s.bind(1, id);
  while (s.step())
    out.push_back({{"source", s.text(0)}, {"outlet", s.text(1)}, {"evidence", s.text(2)}});
  return out;
}

Json facts(sqlite3* db, const std::string& lang, std::map<std::int64_t, Json>& by_id) {
  Json out = Json::array();
  Statement s(db,
              "SELECT f.id, f.key, subj.key, f.relation, obj.key, qual.key, f.value_date, "
              "f.date_inferred, f.date_reason, f.value_number, f.unit, f.approximate, "
              "f.status, f.independent_sources, t.statement, t.value_label FROM fact f "
              "JOIN entity subj ON subj.id = f.subject_id "
              "LEFT JOIN entity obj ON obj.id = f.object_id "
              "LEFT JOIN entity qual ON qual.id = f.qualifier_id "
              "LEFT JOIN fact_text t ON t.fact_id = f.id AND t.lang = ?1 ORDER BY f.id");
  Statement conflicts(db,
                      "SELECT o.key FROM fact_conflict c JOIN fact o ON o.id = c.other_id "
                      "WHERE c.fact_id = ? ORDER BY o.key");
  s.bind(1, std::string_view(lang));
  while (s.step()) {
    Json disputed = Json::array();
    conflicts.bind(1, s.integer(0));
    while (conflicts.step()) disputed.push_back(conflicts.text(0));
    conflicts.reset();
    Json fact{{"id", s.text(1)},
              {"subject", s.text(2)},
              {"relation", s.text(3)},
              {"object", nullable_text(s, 4)},
              {"qualifier", nullable_text(s, 5)},
              {"date", nullable_text(s, 6)},
              {"date_inferred", s.text(7)},
              {"date_reason", nullable_text(s, 8)},
              {"number", s.is_null(9) ? Json(nullptr) : Json(s.real(9))},
              {"unit", nullable_text(s, 10)},
              {"approximate", s.integer(11) == 1},
              {"status", s.text(12)},
              {"independent_sources", s.integer(13)},
              {"disputed_with", disputed},
              {"statement", s.text(14)},
              {"value", s.text(15)},
              {"sources", evidence(db,
                                   "SELECT so.key, so.outlet, fs.evidence FROM fact_source fs "
                                   "JOIN source so ON so.id = fs.source_id WHERE fs.fact_id = ? "
                                   "ORDER BY so.id",
                                   s.integer(0))}};
    by_id[s.integer(0)] = fact;
    out.push_back(std::move(fact));
  }
  return out;
}

Json quotes(sqlite3* db, const std::string& lang, std::map<std::int64_t, Json>& by_id) {
  Json out = Json::array();
  Statement s(db,
              "SELECT q.id, q.key, sp.key, st.name, q.direct, q.status, t.words, t.context, "
              "t.translated_from "
              "FROM quote q JOIN entity sp ON sp.id = q.speaker_id "
              "LEFT JOIN entity_text st ON st.entity_id = sp.id AND st.lang = ?1 "
              "LEFT JOIN quote_text t ON t.quote_id = q.id AND t.lang = ?1 ORDER BY q.id");
  s.bind(1, std::string_view(lang));
  while (s.step()) {
    Json quote{{"id", s.text(1)},
               {"speaker", s.text(2)},
               {"speaker_name", s.text(3)},
               {"direct", s.integer(4) == 1},
               {"status", s.text(5)},
               {"words", s.text(6)},
               {"context", nullable_text(s, 7)},
               {"sources", evidence(db,
                                    "SELECT so.key, so.outlet, qs.evidence FROM quote_source qs "
                                    "JOIN source so ON so.id = qs.source_id WHERE qs.quote_id = ? "
                                    "ORDER BY so.id",
                                    s.integer(0))}};
    // In a language other than the report's, the words are our translation of that report.
    if (!s.is_null(8)) quote["translated_from"] = s.text(8);
    by_id[s.integer(0)] = quote;
    out.push_back(std::move(quote));
  }
  return out;
}

Json source_list(sqlite3* db, const char* sql, std::int64_t id, const std::string& lang) {
  Json out = Json::array();
  Statement s(db, sql);
  s.bind(1, id).bind(2, std::string_view(lang));
  while (s.step()) out.push_back({{"id", s.text(0)}, {"outlet", s.text(1)}, {"label", s.text(2)}});
  return out;
}

// The seconds of speech stored for texts of one language: what a visitor listens to.
class SpeechSeconds {
 public:
  SpeechSeconds(sqlite3* db, const std::string& lang)
      : lang_(lang), query_(db, "SELECT seconds FROM speech WHERE lang = ?1 AND text = ?2") {}
  // The sum of the clips of `texts` (a text without a clip counts nothing), to a hundredth.
  double of(const std::vector<std::string>& texts) {
    double total = 0;
    for (const std::string& text : texts) {
      query_.bind(1, std::string_view(lang_)).bind(2, std::string_view(text));
      if (query_.step()) total += query_.real(0);
      query_.reset();
    }
    return static_cast<double>(std::lround(total * 100)) / 100;
  }

 private:
  std::string lang_;
  Statement query_;
};

// The key quote as a card shows it: its words, and "name, role" of its speaker.
std::vector<std::string> card_quote_texts(const Statement& s) {
  if (s.is_null(11)) return {};
  const std::string role = s.text(13);
  return {s.text(11), s.text(12) + (role.empty() ? "" : ", " + role)};
}

Json cards(sqlite3* db, const std::string& lang) {
  Json out = Json::array();
  SpeechSeconds speech(db, lang);
  Statement s(db,
              "SELECT c.id, c.key, c.position, c.date, c.date_inferred, c.date_reason, "
              "t.title, t.date_label, t.place_label, t.body, q.key, qt.words, et.name, et.role "
              "FROM card c "
              "LEFT JOIN card_text t ON t.card_id = c.id AND t.lang = ?1 "
              "LEFT JOIN quote q ON q.id = c.quote_id "
              "LEFT JOIN quote_text qt ON qt.quote_id = q.id AND qt.lang = ?1 "
              "LEFT JOIN entity_text et ON et.entity_id = q.speaker_id AND et.lang = ?1 "
              "ORDER BY c.position");
  Statement facts(db,
                  "SELECT f.key FROM card_fact cf JOIN fact f ON f.id = cf.fact_id "
                  "WHERE cf.card_id = ? ORDER BY f.id");
  Statement notes(db,
                  "SELECT note FROM card_difference WHERE card_id = ?1 AND lang = ?2 "
                  "ORDER BY position");
  Statement quotes(db,
                   "SELECT q.key FROM card_quote cq JOIN quote q ON q.id = cq.quote_id "
                   "WHERE cq.card_id = ? ORDER BY q.id");
  s.bind(1, std::string_view(lang));
  while (s.step()) {
    const std::int64_t id = s.integer(0);
    Json fact_keys = Json::array();
    facts.bind(1, id);
    while (facts.step()) fact_keys.push_back(facts.text(0));
    facts.reset();
    Json differences = Json::array();
    notes.bind(1, id).bind(2, std::string_view(lang));
    while (notes.step()) differences.push_back(notes.text(0));
    notes.reset();
    Json quote_keys = Json::array();
    quotes.bind(1, id);
    while (quotes.step()) quote_keys.push_back(quotes.text(0));
    quotes.reset();
    std::vector<std::string> spoken{s.text(6), s.text(7), s.text(9)};
    for (std::string& text : card_quote_texts(s)) spoken.push_back(std::move(text));
    out.push_back(
        {{"id", s.text(1)},
         {"position", s.integer(2)},
         {"title", s.text(6)},
         {"date", nullable_text(s, 3)},
         {"date_inferred", s.text(4)},
         {"date_reason", nullable_text(s, 5)},
         {"date_label", s.text(7)},
         {"place", s.text(8)},
         {"body", s.text(9)},
         {"quote", nullable_text(s, 10)},
         {"sources", source_list(db,
                                 "SELECT so.key, so.outlet, st.label FROM card_source cs "
                                 "JOIN source so ON so.id = cs.source_id LEFT JOIN "
                                 "source_text st ON st.source_id = so.id AND st.lang = ?2 "
                                 "WHERE cs.card_id = ?1 ORDER BY cs.position",
                                 id, lang)},
         {"facts", fact_keys},
         {"quotes", quote_keys},
         {"differences", differences},
         {"audio_seconds", speech.of(spoken)}});
  }
  return out;
}

Json questions(sqlite3* db, const std::string& lang, const std::map<std::int64_t, Json>& facts,
               const std::map<std::int64_t, Json>& quotes) {
  Json out = Json::array();
  Statement s(db,
              "SELECT q.id, q.key, q.kind, q.difficulty, t.prompt, t.explanation, q.fact_id, "
              "q.quote_id, c.key, q.review FROM question q "
              "LEFT JOIN question_text t ON t.question_id = q.id AND t.lang = ?1 "
              "LEFT JOIN card c ON c.id = q.card_id ORDER BY q.id");
  Statement choices(db,
                    "SELECT ct.text, c.correct, e.key FROM choice c LEFT JOIN choice_text ct "
                    "ON ct.question_id = c.question_id AND ct.position = c.position AND "
                    "ct.lang = ?2 LEFT JOIN entity e ON e.id = c.entity_id "
                    "WHERE c.question_id = ?1 ORDER BY c.position");
  SpeechSeconds speech(db, lang);
  s.bind(1, std::string_view(lang));
  while (s.step()) {
    const std::int64_t id = s.integer(0);
    Json list = Json::array();
    std::vector<std::string> spoken{s.text(4), s.text(5)};
    choices.bind(1, id).bind(2, std::string_view(lang));
    while (choices.step()) {
      spoken.push_back(choices.text(0));
      list.push_back({{"text", choices.text(0)},
                      {"correct", choices.integer(1) == 1},
                      {"entity", nullable_text(choices, 2)}});
    }
    choices.reset();
    Json q{{"id", s.text(1)},
           {"number", id},
           {"kind", s.text(2)},
           {"difficulty", s.integer(3)},
           {"card", nullable_text(s, 8)},
           {"review", s.text(9)},
           {"prompt", s.text(4)},
           {"choices", list},
           {"explanation", s.text(5)},
           {"sources", source_list(db,
                                   "SELECT so.key, so.outlet, st.label FROM question_source qs "
                                   "JOIN source so ON so.id = qs.source_id LEFT JOIN source_text "
                                   "st ON st.source_id = so.id AND st.lang = ?2 WHERE "
                                   "qs.question_id = ?1 ORDER BY so.id",
                                   id, lang)}};
    const auto fact = facts.find(s.is_null(6) ? -1 : s.integer(6));
    q["fact"] = fact == facts.end() ? Json(nullptr) : fact->second;
    const auto quote = quotes.find(s.is_null(7) ? -1 : s.integer(7));
    q["quote"] = quote == quotes.end() ? Json(nullptr) : quote->second;
    q["audio_seconds"] = speech.of(spoken);
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace

nlohmann::ordered_json export_content(sqlite3* db, const std::string& language) {
  const std::string lang = export_language(db, language);
  std::map<std::int64_t, Json> fact_by_id;
  std::map<std::int64_t, Json> quote_by_id;
  Json out;
  out["meta"] = meta(db, lang);
  out["sources"] = sources(db, lang);
  out["entities"] = entities(db, lang);
  out["facts"] = facts(db, lang, fact_by_id);
  out["quotes"] = quotes(db, lang, quote_by_id);
  out["cards"] = cards(db, lang);
  out["questions"] = questions(db, lang, fact_by_id, quote_by_id);
  return out;
}

}  // namespace kiosk::store
