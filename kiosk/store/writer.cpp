// Inserting the content model into the schema's tables.
#include "store/writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>

#include "core/ui_text.hpp"
#include "core/wording.hpp"
#include "store/check.hpp"
#include "store/content_checksum.hpp"
#include "store/open.hpp"
#include "store/schema.hpp"
#include "store/sqlite.hpp"
#include "sys/unique_fd.hpp"

namespace kiosk::store {
namespace {

using model::Content;
using model::Index;

std::string_view inferred_name(const std::optional<model::DateValue>& d) {
  return inference_name(d ? d->inference : DateInference::Stated);
}

std::optional<std::string> date_iso(const std::optional<model::DateValue>& d) {
  return d ? std::optional<std::string>(to_iso(d->date)) : std::nullopt;
}

std::optional<std::string> reason(const std::optional<model::DateValue>& d) {
  return d && d->inference != DateInference::Stated ? std::optional<std::string>(d->reason)
                                                    : std::nullopt;
}

std::optional<std::string> nonempty(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

// Sort key of a date at any precision: its first day.
long days_key(const Date& d) {
  return days_since_epoch(
      Date{d.year, std::max(1, d.month), std::max(1, d.day), DatePrecision::Day});
}

// Row ids given to the curator's ids, table by table.
struct RowIds {
  std::map<std::string, std::int64_t> source, entity, fact, quote, card;

  static std::optional<std::int64_t> of(const std::map<std::string, std::int64_t>& m,
                                        const std::string& key) {
    const auto it = m.find(key);
    return it == m.end() ? std::nullopt : std::optional<std::int64_t>(it->second);
  }
};

void bind_id(Statement& s, int index, std::optional<std::int64_t> id) {
  if (id) s.bind(index, *id);
  else s.bind_null(index);
}

class Writer {
 public:
  Writer(sqlite3* db, const Content& content) : db_(db), c_(content), index_(content) {}

  void write_all() {
    write_meta();
    write_sources();
    write_entities();
    write_facts();
    write_quotes();
    write_cards();
    write_questions();
    write_highlights();
  }

 private:
  const std::vector<std::string>& languages() const { return c_.meta.languages; }

  // Whether `text` is written in `language`. An item gets a row in a language only when it
  // is: the kiosk shows the default language's row in its place (store/translations.hpp), so
  // an item is never half translated, and `kiosk-db check` can count what is missing.
  bool written_in(const model::LocalText& text, const std::string& language) const {
    return language == c_.meta.default_language || text.contains(language);
  }

  // A derived label in `language`, or the English the core makes when the builder gave none.
  static std::string label_in(const model::LocalText& label, const std::string& language,
                              const std::string& english) {
    const auto found = label.find(language);
    return found != label.end() ? found->second : english;
  }

  void write_meta() {
    Statement lang(db_, "INSERT INTO language(code, name, position) VALUES (?, ?, ?)");
    std::int64_t position = 0;
    for (const std::string& l : languages()) {
      const auto name = c_.interface.language_names.find(l);
      lang.bind(1, std::string_view(l))
          .bind(2, std::string_view(name != c_.interface.language_names.end() ? name->second : l))
          .bind(3, ++position)
          .run();
    }
    write_interface();
    std::string joined;
    for (const std::string& l : languages()) joined += (joined.empty() ? "" : ",") + l;
    const std::map<std::string, std::string> settings{
        {"schema_version", std::to_string(schema_version())},
        {"content_version", c_.meta.content_version},
        {"title", model::text_in(c_.meta.title, c_.meta.default_language)},
        {"build_time", c_.meta.build_time},
        {"languages", joined},
        {"default_language", c_.meta.default_language},
    };
    Statement meta(db_, "INSERT INTO meta(key, value) VALUES (?, ?)");
    for (const auto& [k, v] : settings)
      meta.bind(1, std::string_view(k)).bind(2, std::string_view(v)).run();
    Statement text(db_, "INSERT INTO meta_text(key, lang, value) VALUES (?, ?, ?)");
    for (const std::string& l : languages()) {
      for (const auto& [key, value] :
           {std::pair{"title", &c_.meta.title}, std::pair{"subtitle", &c_.meta.subtitle}}) {
        if (value->empty() || !written_in(*value, l)) continue;
        text.bind(1, std::string_view(key))
            .bind(2, std::string_view(l))
            .bind(3, std::string_view(model::text_in(*value, l, c_.meta.default_language)))
            .run();
      }
    }
  }

  void write_sources() {
    Statement row(db_,
                  "INSERT INTO source(id, key, file, outlet, date, date_inferred, "
                  "date_reason, rewrite_of, rewrite_reason) VALUES (?,?,?,?,?,?,?,?,?)");
    Statement text(db_,
                   "INSERT INTO source_text(source_id, lang, title, label, outlet) "
                   "VALUES (?,?,?,?,?)");
    for (const auto& s : c_.sources)
      ids_.source[s.id] = static_cast<std::int64_t>(ids_.source.size() + 1);
    for (const auto& s : c_.sources) {
      const std::int64_t id = ids_.source[s.id];
      row.bind(1, id)
          .bind(2, std::string_view(s.id))
          .bind(3, std::string_view(s.file))
          .bind(4, std::string_view(s.outlet))
          .bind_optional(5, date_iso(s.date))
          .bind(6, inferred_name(s.date))
          .bind_optional(7, reason(s.date));
      bind_id(row, 8, RowIds::of(ids_.source, s.rewrite_of));
      row.bind_optional(9, nonempty(s.rewrite_reason)).run();
      for (const std::string& l : languages()) {
        if (!written_in(s.title, l)) continue;
        text.bind(1, id)
            .bind(2, std::string_view(l))
            .bind(3, std::string_view(model::text_in(s.title, l, c_.meta.default_language)))
            .bind(4, std::string_view(label_in(s.label, l, model::source_label(s))))
            .bind(5, std::string_view(label_in(s.outlet_name, l, s.outlet)))
            .run();
      }
    }
  }

  void write_entities() {
    Statement row(db_, "INSERT INTO entity(id, key, kind) VALUES (?,?,?)");
    Statement text(db_, "INSERT INTO entity_text(entity_id, lang, name, role) VALUES (?,?,?,?)");
    Statement alias(db_, "INSERT OR IGNORE INTO entity_alias(entity_id, alias) VALUES (?,?)");
    for (const auto& e : c_.entities) {
      const auto id = static_cast<std::int64_t>(ids_.entity.size() + 1);
      ids_.entity[e.id] = id;
      row.bind(1, id)
          .bind(2, std::string_view(e.id))
          .bind(3, model::entity_kind_name(e.kind))
          .run();
      for (const std::string& l : languages()) {
        if (!written_in(e.name, l)) continue;
        text.bind(1, id)
            .bind(2, std::string_view(l))
            .bind(3, std::string_view(model::text_in(e.name, l, c_.meta.default_language)))
            .bind_optional(4, nonempty(model::text_in(e.role, l, c_.meta.default_language)))
            .run();
      }
      for (const std::string& a : e.aliases) alias.bind(1, id).bind(2, std::string_view(a)).run();
    }
  }

  // A card's "sources differ" notes in `language`: as the builder derived them, only in the
  // languages all of them are whole in; for content it did not derive, worded here.
  std::vector<std::string> difference_notes(const model::Card& card,
                                            const std::string& language) const {
    if (!card.differences.empty()) {
      const auto notes = card.differences.find(language);
      return notes == card.differences.end() ? std::vector<std::string>{} : notes->second;
    }
    std::vector<std::string> notes;
    for (const model::DifferenceNote& d : model::difference_notes(index_, card, language)) {
      notes.push_back(d.text);
    }
    return notes;
  }

  void write_interface();
  void write_facts();
  void write_quotes();
  void write_cards();
  void write_questions();
  void write_highlights();

  sqlite3* db_;
  const Content& c_;
  Index index_;
  RowIds ids_;
};

// The kiosk's own words: English from core/ui_text.cpp, then what interface.toml gives (which
// may reword the English too); and each language's plural categories for counts.
void Writer::write_interface() {
  Statement row(db_, "INSERT OR REPLACE INTO ui_text(key, lang, form, value) VALUES (?,?,?,?)");
  for (const std::string& l : languages()) {
    if (l == "en") {
      for (const UiEntry& e : kUiEntries) {
        const bool plural = e.plural == UiPlural::Yes;
        row.bind(1, e.key).bind(2, std::string_view(l)).bind(3, plural ? "other" : "");
        row.bind(4, e.english).run();
        if (plural)
          row.bind(1, e.key)
              .bind(2, std::string_view(l))
              .bind(3, "one")
              .bind(4, e.english_one)
              .run();
      }
    }
    const auto given = c_.interface.kiosk.find(l);
    if (given == c_.interface.kiosk.end()) continue;
    for (const auto& [key, forms] : given->second) {
      for (const auto& [form, value] : forms) {
        row.bind(1, std::string_view(key))
            .bind(2, std::string_view(l))
            .bind(3, std::string_view(form))
            .bind(4, std::string_view(value))
            .run();
      }
    }
  }
  Statement plural(db_, "INSERT INTO plural_rule(lang, count, form) VALUES (?,?,?)");
  for (const auto& [l, forms] : c_.interface.plural_of_count) {
    std::int64_t count = 0;
    for (const std::string& form : forms) {
      plural.bind(1, std::string_view(l)).bind(2, count++).bind(3, std::string_view(form)).run();
    }
  }
}

void Writer::write_facts() {
  Statement row(db_,
                "INSERT INTO fact(id, key, subject_id, relation, object_id, qualifier_id, "
                "value_date, date_inferred, date_reason, value_number, unit, approximate, "
                "status, independent_sources) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  Statement text(db_,
                 "INSERT INTO fact_text(fact_id, lang, statement, value_label) VALUES (?,?,?,?)");
  Statement source(db_, "INSERT INTO fact_source(fact_id, source_id, evidence) VALUES (?,?,?)");
  for (const auto& f : c_.facts) ids_.fact[f.id] = static_cast<std::int64_t>(ids_.fact.size() + 1);
  for (const auto& f : c_.facts) {
    const std::int64_t id = ids_.fact[f.id];
    row.bind(1, id).bind(2, std::string_view(f.id));
    bind_id(row, 3, RowIds::of(ids_.entity, f.subject));
    row.bind(4, std::string_view(f.relation));
    bind_id(row, 5, RowIds::of(ids_.entity, f.object));
    bind_id(row, 6, RowIds::of(ids_.entity, f.qualifier));
    row.bind_optional(7, date_iso(f.date))
        .bind(8, inferred_name(f.date))
        .bind_optional(9, reason(f.date));
    if (f.number) row.bind(10, *f.number);
    else row.bind_null(10);
    row.bind_optional(11, nonempty(f.unit))
        .bind(12, std::int64_t{f.approximate ? 1 : 0})
        .bind(13, std::string_view(f.status == model::FactStatus::Agreed ? "agreed" : "disputed"))
        .bind(14, std::int64_t{std::max(1, f.independent_sources)})
        .run();
    // The builder derives each fact's sentence and value in the languages it can make them
    // whole in (an item is never half translated); content it did not derive is worded here.
    const bool derived = !f.sentence.empty();
    for (const std::string& l : languages()) {
      if (derived && (!f.sentence.contains(l) || !f.shown_value.contains(l))) continue;
      text.bind(1, id)
          .bind(2, std::string_view(l))
          .bind(3,
                std::string_view(derived ? f.sentence.at(l) : model::fact_statement(index_, f, l)))
          .bind(4,
                std::string_view(derived ? f.shown_value.at(l) : model::value_label(index_, f, l)))
          .run();
    }
    for (const auto& e : f.sources) {
      source.bind(1, id);
      bind_id(source, 2, RowIds::of(ids_.source, e.source));
      source.bind(3, std::string_view(e.words)).run();
    }
  }
  Statement conflict(db_, "INSERT OR IGNORE INTO fact_conflict(fact_id, other_id) VALUES (?,?)");
  for (const auto& f : c_.facts) {
    for (const std::string& other : f.disputed_with) {
      conflict.bind(1, ids_.fact[f.id]);
      bind_id(conflict, 2, RowIds::of(ids_.fact, other));
      conflict.run();
    }
  }
}

void Writer::write_quotes() {
  Statement row(db_, "INSERT INTO quote(id, key, speaker_id, direct, status) VALUES (?,?,?,?,?)");
  Statement text(db_,
                 "INSERT INTO quote_text(quote_id, lang, words, context, translated_from) "
                 "VALUES (?,?,?,?,?)");
  Statement source(db_, "INSERT INTO quote_source(quote_id, source_id, evidence) VALUES (?,?,?)");
  for (const auto& q : c_.quotes) {
    const auto id = static_cast<std::int64_t>(ids_.quote.size() + 1);
    ids_.quote[q.id] = id;
    row.bind(1, id).bind(2, std::string_view(q.id));
    bind_id(row, 3, RowIds::of(ids_.entity, q.speaker));
    row.bind(4, std::int64_t{q.direct ? 1 : 0})
        .bind(5, std::string_view(q.status == model::FactStatus::Agreed ? "agreed" : "disputed"))
        .run();
    for (const std::string& l : languages()) {
      if (!written_in(q.words, l)) continue;
      // In any language but the report's, the words are our translation of the report.
      text.bind(1, id)
          .bind(2, std::string_view(l))
          .bind(3, std::string_view(model::text_in(q.words, l, c_.meta.default_language)))
          .bind_optional(4, nonempty(model::text_in(q.context, l, c_.meta.default_language)))
          .bind_optional(5, l == q.reported_in ? std::nullopt : nonempty(q.reported_in))
          .run();
    }
    for (const auto& e : q.sources) {
      source.bind(1, id);
      bind_id(source, 2, RowIds::of(ids_.source, e.source));
      source.bind(3, std::string_view(e.words)).run();
    }
  }
}

// Cards in timeline order: by date, undated ones last, ties in the order written.
std::vector<const model::Card*> timeline(const Content& c) {
  std::vector<const model::Card*> cards;
  for (const auto& card : c.cards) cards.push_back(&card);
  std::stable_sort(cards.begin(), cards.end(), [](const auto* a, const auto* b) {
    if (!a->date || !b->date) return a->date.has_value() && !b->date.has_value();
    return days_key(a->date->date) < days_key(b->date->date);
  });
  return cards;
}

}  // namespace

void Writer::write_cards() {
  Statement row(db_,
                "INSERT INTO card(id, key, position, date, date_inferred, date_reason, "
                "place_id, quote_id) VALUES (?,?,?,?,?,?,?,?)");
  Statement text(db_,
                 "INSERT INTO card_text(card_id, lang, title, date_label, place_label, "
                 "body, timeline_date) VALUES (?,?,?,?,?,?,?)");
  Statement source(db_,
                   "INSERT OR IGNORE INTO card_source(card_id, source_id, position) "
                   "VALUES (?,?,?)");
  Statement fact(db_, "INSERT OR IGNORE INTO card_fact(card_id, fact_id) VALUES (?,?)");
  Statement note(db_,
                 "INSERT INTO card_difference(card_id, lang, position, note) VALUES (?,?,?,?)");
  Statement quote(db_, "INSERT OR IGNORE INTO card_quote(card_id, quote_id) VALUES (?,?)");
  std::int64_t position = 0;
  for (const model::Card* card : timeline(c_)) {
    const std::int64_t id = ++position;
    ids_.card[card->id] = id;
    row.bind(1, id)
        .bind(2, std::string_view(card->id))
        .bind(3, position)
        .bind_optional(4, date_iso(card->date))
        .bind(5, inferred_name(card->date))
        .bind_optional(6, reason(card->date));
    bind_id(row, 7, RowIds::of(ids_.entity, card->place));
    bind_id(row, 8, RowIds::of(ids_.quote, card->quote));
    row.run();
    for (const std::string& l : languages()) {
      if (!written_in(card->title, l) || !written_in(card->body, l)) continue;
      const std::string& fallback = c_.meta.default_language;
      const std::string short_date = card->date ? format_short_date(card->date->date) : "";
      text.bind(1, id)
          .bind(2, std::string_view(l))
          .bind(3, std::string_view(model::text_in(card->title, l, fallback)))
          .bind(4, std::string_view(label_in(card->date_label, l, model::date_label(card->date))))
          .bind(5, std::string_view(model::entity_name(index_, card->place, l)))
          .bind(6, std::string_view(model::text_in(card->body, l, fallback)))
          .bind(7, std::string_view(label_in(card->timeline_date, l, short_date)))
          .run();
      std::int64_t n = 0;
      for (const std::string& d : difference_notes(*card, l)) {
        note.bind(1, id)
            .bind(2, std::string_view(l))
            .bind(3, ++n)
            .bind(4, std::string_view(d))
            .run();
      }
    }
    std::int64_t order = 0;
    for (const std::string& s : card->sources) {
      source.bind(1, id);
      bind_id(source, 2, RowIds::of(ids_.source, s));
      source.bind(3, ++order).run();
    }
    for (const std::string& f : card->facts) {
      fact.bind(1, id);
      bind_id(fact, 2, RowIds::of(ids_.fact, f));
      fact.run();
    }
    for (const std::string& q : card->quotes) {
      quote.bind(1, id);
      bind_id(quote, 2, RowIds::of(ids_.quote, q));
      quote.run();
    }
  }
}

void Writer::write_questions() {
  Statement row(db_,
                "INSERT INTO question(id, key, kind, fact_id, quote_id, difficulty, "
                "card_id, review) VALUES (?,?,?,?,?,?,?,?)");
  Statement text(db_,
                 "INSERT INTO question_text(question_id, lang, prompt, explanation) "
                 "VALUES (?,?,?,?)");
  Statement choice(db_,
                   "INSERT INTO choice(question_id, position, correct, entity_id) "
                   "VALUES (?,?,?,?)");
  Statement choice_text(db_,
                        "INSERT INTO choice_text(question_id, position, lang, text) "
                        "VALUES (?,?,?,?)");
  Statement source(db_,
                   "INSERT OR IGNORE INTO question_source(question_id, source_id) "
                   "VALUES (?,?)");
  const std::string& fallback = c_.meta.default_language;
  std::int64_t id = 0;
  for (const auto& q : c_.questions) {
    ++id;
    row.bind(1, id).bind(2, std::string_view(q.id)).bind(3, kind_name(q.kind));
    bind_id(row, 4, RowIds::of(ids_.fact, q.fact));
    bind_id(row, 5, RowIds::of(ids_.quote, q.quote));
    row.bind(6, std::int64_t{q.difficulty});
    bind_id(row, 7, RowIds::of(ids_.card, q.card));
    row.bind(8, std::string_view(q.review == model::ReviewStatus::Approved ? "approved"
                                                                           : "unreviewed"))
        .run();
    for (const std::string& l : languages()) {
      if (!written_in(q.prompt, l)) continue;
      text.bind(1, id)
          .bind(2, std::string_view(l))
          .bind(3, std::string_view(model::text_in(q.prompt, l, fallback)))
          .bind(4, std::string_view(model::text_in(q.explanation, l, fallback)))
          .run();
    }
    std::int64_t position = 0;
    for (const auto& c : q.choices) {
      choice.bind(1, id).bind(2, ++position).bind(3, std::int64_t{c.correct ? 1 : 0});
      bind_id(choice, 4, RowIds::of(ids_.entity, c.entity));
      choice.run();
      for (const std::string& l : languages()) {
        if (!written_in(q.prompt, l)) continue;  // a question is translated whole, or not
        choice_text.bind(1, id)
            .bind(2, position)
            .bind(3, std::string_view(l))
            .bind(4, std::string_view(model::text_in(c.text, l, fallback)))
            .run();
      }
    }
    for (const std::string& s : q.sources) {
      source.bind(1, id);
      bind_id(source, 2, RowIds::of(ids_.source, s));
      source.run();
    }
  }
}

void Writer::write_highlights() {
  Statement row(db_, "INSERT INTO highlight(id, fact_id) VALUES (?,?)");
  std::int64_t id = 0;
  for (const auto& f : c_.facts) {
    if (f.status != model::FactStatus::Agreed || f.sources.empty()) continue;
    row.bind(1, ++id).bind(2, ids_.fact[f.id]).run();
  }
}

namespace {

void write_speech(sqlite3* db, const std::vector<StoredClip>& speech) {
  Statement row(db,
                "INSERT INTO speech(id, lang, text, ogg_opus, seconds, origin, recording) "
                "VALUES (?,?,?,?,?,?,?)");
  std::int64_t id = 0;
  for (const StoredClip& s : speech) {
    const bool recorded = s.origin == SpeechOrigin::Recording;
    row.bind(1, ++id)
        .bind(2, std::string_view(s.language))
        .bind(3, std::string_view(s.text))
        .bind_blob(4, s.clip.ogg_opus)
        .bind(5, s.clip.seconds)
        .bind(6, std::string_view(recorded ? "recording" : "espeak-ng"));
    if (recorded) {
      row.bind(7, std::string_view(s.recording));
    } else {
      row.bind_null(7);
    }
    row.run();
  }
}

}  // namespace

void durable_rename(const std::string& path, const std::string& target) {
  {
    const sys::UniqueFd file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!file || ::fsync(file.get()) != 0) {
      throw StoreError("cannot sync '" + path + "': " + std::strerror(errno));
    }
  }
  if (std::rename(path.c_str(), target.c_str()) != 0) {
    throw StoreError("cannot rename '" + path + "' to '" + target + "': " + std::strerror(errno));
  }
  std::string dir = std::filesystem::path(target).parent_path().string();
  if (dir.empty()) dir = ".";
  const sys::UniqueFd directory(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  // Best effort: some file systems refuse to sync directories.
  if (directory) ::fsync(directory.get());
}

void write_database(const model::Content& content, const std::string& path,
                    const std::vector<StoredClip>& speech) {
  const std::string temporary = path + ".tmp-" + std::to_string(::getpid());
  try {
    {
      DatabaseHandle db = create_database(temporary);
      exec(db.get(), kSchemaSql);
      exec(db.get(), "BEGIN; PRAGMA defer_foreign_keys = ON;");
      Writer(db.get(), content).write_all();
      write_speech(db.get(), speech);
      seal_content(db.get());
      exec(db.get(), "COMMIT");
      Statement fk(db.get(), "PRAGMA foreign_key_check");
      if (fk.step()) {
        throw StoreError("internal error: dangling reference in table " + fk.text(0));
      }
    }
    // The kiosk's own check, before the file takes the place of the old one: whatever slipped
    // past the content source's validation is never left where a kiosk would find it.
    if (const CheckReport report = check_file(temporary); !report.usable()) {
      throw StoreError("internal error: the database written fails its own check: " +
                       report.reason());
    }
    durable_rename(temporary, path);
  } catch (...) {
    std::remove(temporary.c_str());
    throw;
  }
}

}  // namespace kiosk::store
