// One reader per file of the content source.
#include "authoring/loader.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "authoring/grammar_source.hpp"
#include "authoring/interface_file.hpp"
#include "authoring/toml_reader.hpp"
#include "core/language_code.hpp"

namespace kiosk::authoring {
namespace {

struct SourceFile {
  std::string path;
  std::optional<toml::table> root;
};

SourceFile open_file(const std::string& dir, const char* name, Diagnostics& out) {
  SourceFile f{(std::filesystem::path(dir) / name).string(), std::nullopt};
  if (!std::filesystem::exists(f.path)) {
    out.error(f.path, 0, "missing file: the content source needs " + std::string(name));
    return f;
  }
  f.root = parse_toml(f.path, out);
  return f;
}

// Top-level keys other than the expected array are usually typos ("facts" for "fact").
void only_key(const SourceFile& f, const std::string& key, Diagnostics& out) {
  for (auto&& [k, v] : *f.root) {
    if (std::string(k.str()) != key) {
      out.error(f.path, static_cast<int>(v.source().begin.line),
                "unknown top-level key '" + std::string(k.str()) + "' (expected [[" + key + "]])");
    }
  }
}

// How a table is named in messages: "fact 'talks-length'".
std::string what(const char* kind, const toml::table& t) {
  const toml::node* id = t.get("id");
  if (id != nullptr && id->is_string())
    return std::string(kind) + " '" + id->as_string()->get() + "'";
  return std::string(kind) + " at line " + std::to_string(t.source().begin.line);
}

// Each language once, each a language code, and all of them short enough to be stored together
// as the 'languages' setting.
void check_languages(TableReader& r, const std::vector<std::string>& languages) {
  const int line = r.line_of("languages");
  std::set<std::string> seen;
  std::string joined;
  for (const std::string& code : languages) {
    if (!is_language_code(code)) {
      r.error(line, "'" + code + "' is not a language code (such as \"en\" or \"pt-BR\")");
    } else if (!seen.insert(code).second) {
      r.error(line, "'languages' names '" + code + "' twice");
    }
    joined += (joined.empty() ? "" : ",") + code;
  }
  if (joined.size() > static_cast<std::size_t>(limits::kSetting.max_chars)) {
    r.error(line, "'languages' is too long (" + std::to_string(joined.size()) +
                      " characters in all; at most " + std::to_string(limits::kSetting.max_chars) +
                      ")");
  }
}

void read_meta(const SourceFile& f, model::Meta& meta, Diagnostics& out) {
  TableReader r(*f.root, f.path, "kiosk.toml", out);
  meta.languages = r.strings("languages", Need::Required);
  meta.default_language = r.string("default_language", Need::Required);
  meta.title = r.local_text("title", Need::Required, meta.default_language, limits::kMetaText);
  meta.subtitle =
      r.local_text("subtitle", Need::Optional, meta.default_language, limits::kMetaText);
  meta.content_version = r.string("content_version", Need::Required, limits::kSetting);
  meta.origin = {f.path, r.line_of("languages")};
  read_units(r, meta);
  r.finish();
  check_languages(r, meta.languages);
  if (!meta.default_language.empty() && std::find(meta.languages.begin(), meta.languages.end(),
                                                  meta.default_language) == meta.languages.end()) {
    r.error(r.line_of("default_language"),
            "default_language '" + meta.default_language + "' is not in languages");
  }
}

void read_sources(const SourceFile& f, const std::string& lang, model::Content& c,
                  Diagnostics& out) {
  for (const toml::table* t : tables_of(*f.root, "source", f.path, out)) {
    TableReader r(*t, f.path, what("source", *t), out);
    model::Source s;
    s.id = r.string("id", Need::Required);
    s.file = r.string("file", Need::Required);
    // A plain name, or one per language: { en = "TASS", ru = "ТАСС" }.
    s.outlet_name = r.local_text("outlet", Need::Required, lang, limits::kSourceLabel);
    s.outlet = model::text_in(s.outlet_name, lang, lang);
    s.title = r.local_text("title", Need::Required, lang, limits::kSourceTitle);
    s.date = r.date("date", Need::Required);
    s.rewrite_of = r.string("rewrite_of", Need::Optional);
    s.rewrite_reason = r.string("rewrite_reason", Need::Optional);
    s.origin = r.origin();
    r.finish();
    if (!s.rewrite_of.empty() && s.rewrite_reason.empty()) {
      r.error(r.line_of("rewrite_of"), "'rewrite_of' needs a 'rewrite_reason' saying why");
    }
    c.sources.push_back(std::move(s));
  }
}

void read_entities(const SourceFile& f, const std::string& lang, model::Content& c,
                   Diagnostics& out) {
  for (const toml::table* t : tables_of(*f.root, "entity", f.path, out)) {
    TableReader r(*t, f.path, what("entity", *t), out);
    model::Entity e;
    e.id = r.string("id", Need::Required);
    const std::string kind = r.string("kind", Need::Required);
    if (auto k = model::entity_kind_from_name(kind)) {
      e.kind = *k;
    } else if (!kind.empty()) {
      r.error(r.line_of("kind"), "unknown kind '" + kind +
                                     "' (person, organisation, place, "
                                     "spacecraft, event or thing)");
    }
    e.name = r.local_text("name", Need::Required, lang, limits::kEntityName);
    e.aliases = r.strings("aliases", Need::Optional);
    e.role = r.local_text("role", Need::Optional, lang, limits::kEntityRole);
    e.group = r.string("group", Need::Optional);
    read_entity_grammar(r, e, c.meta.languages);
    e.origin = r.origin();
    r.finish();
    c.entities.push_back(std::move(e));
  }
}

void read_relations(const SourceFile& f, const std::string& lang, model::Content& c,
                    Diagnostics& out) {
  for (const toml::table* t : tables_of(*f.root, "relation", f.path, out)) {
    TableReader r(*t, f.path, what("relation", *t), out);
    model::Relation rel;
    rel.id = r.string("id", Need::Required);
    const std::string subject_kind = r.string("subject_kind", Need::Required);
    const std::string value = r.string("value", Need::Required);
    const std::string object_kind = r.string("object_kind", Need::Optional);
    const std::string cardinality = r.string("cardinality", Need::Required);
    rel.statement = r.local_text("statement", Need::Required, lang);
    rel.ask_subject = r.local_text("ask_subject", Need::Optional, lang);
    rel.ask_value = r.local_text("ask_value", Need::Optional, lang);
    rel.origin = r.origin();
    r.finish();
    if (auto k = model::entity_kind_from_name(subject_kind)) rel.subject_kind = *k;
    else if (!subject_kind.empty())
      r.error(r.line_of("subject_kind"), "unknown kind '" + subject_kind + "'");
    if (value == "entity") rel.value = model::ValueKind::Entity;
    else if (value == "date") rel.value = model::ValueKind::Date;
    else if (value == "number") rel.value = model::ValueKind::Number;
    else if (!value.empty()) r.error(r.line_of("value"), "'value' must be entity, date or number");
    if (!object_kind.empty()) {
      rel.object_kind = model::entity_kind_from_name(object_kind);
      if (!rel.object_kind) r.error(r.line_of("object_kind"), "unknown kind '" + object_kind + "'");
    } else if (rel.value == model::ValueKind::Entity) {
      r.error(r.line(), "a relation whose value is an entity needs 'object_kind'");
    }
    check_relation_templates(r, rel);
    if (cardinality == "one") rel.cardinality = model::Cardinality::One;
    else if (cardinality == "many") rel.cardinality = model::Cardinality::Many;
    else if (!cardinality.empty())
      r.error(r.line_of("cardinality"), "'cardinality' must be one or many");
    c.relations.push_back(std::move(rel));
  }
}

void read_facts(const SourceFile& f, const std::string& lang, model::Content& c, Diagnostics& out) {
  for (const toml::table* t : tables_of(*f.root, "fact", f.path, out)) {
    TableReader r(*t, f.path, what("fact", *t), out);
    model::Fact fact;
    fact.id = r.string("id", Need::Required);
    fact.subject = r.string("subject", Need::Required);
    fact.relation = r.string("relation", Need::Required);
    fact.object = r.string("object", Need::Optional);
    fact.date = r.date("date", Need::Optional);
    fact.number = r.number("number", Need::Optional);
    fact.unit = r.string("unit", Need::Optional, limits::kFactValueLabel);
    fact.approximate = r.boolean("approximate", false);
    fact.qualifier = r.string("qualifier", Need::Optional);
    fact.statement = r.local_text("statement", Need::Optional, lang, limits::kFactStatement);
    fact.sources = r.evidence("sources", Need::Required);
    fact.origin = r.origin();
    const int values =
        (r.has("object") ? 1 : 0) + (r.has("date") ? 1 : 0) + (r.has("number") ? 1 : 0);
    r.finish();
    if (values != 1) r.error(r.line(), "give exactly one of 'object', 'date' or 'number'");
    if (!fact.unit.empty() && !fact.number)
      r.error(r.line_of("unit"), "'unit' belongs with 'number'");
    c.facts.push_back(std::move(fact));
  }
}

void read_quotes(const SourceFile& f, const std::string& lang, model::Content& c,
                 Diagnostics& out) {
  for (const toml::table* t : tables_of(*f.root, "quote", f.path, out)) {
    TableReader r(*t, f.path, what("quote", *t), out);
    model::Quote q;
    q.id = r.string("id", Need::Required);
    q.speaker = r.string("speaker", Need::Required);
    q.words = r.local_text("words", Need::Required, lang, limits::kQuoteWords);
    q.context = r.local_text("context", Need::Optional, lang, limits::kQuoteContext);
    q.direct = r.boolean("direct", true);
    const std::vector<std::string> sources = r.strings("sources", Need::Required);
    const std::string evidence = r.string("evidence", q.direct ? Need::Optional : Need::Required);
    q.quiz = r.boolean("quiz", true) ? model::QuizUse::Asked : model::QuizUse::NotAsked;
    q.quiz_reason = r.string("quiz_reason", Need::Optional);
    q.shared_by = r.strings("shared_by", Need::Optional);
    const std::string reported_in = r.string("reported_in", Need::Optional);
    q.origin = r.origin();
    r.finish();
    if (!reported_in.empty() && !is_language_code(reported_in)) {
      r.error(r.line_of("reported_in"),
              "'" + reported_in + "' is not a language code (such as \"en\" or \"pt-BR\")");
    } else if (!reported_in.empty()) {
      q.reported_in = reported_in;
    }
    if (q.direct && !evidence.empty()) {
      r.error(r.line_of("evidence"),
              "a direct quote is its own evidence; 'evidence' is for "
              "paraphrases (direct = false)");
    }
    if (q.quiz == model::QuizUse::NotAsked && q.quiz_reason.empty()) {
      r.error(r.line_of("quiz"), "say why it is not asked: add quiz_reason = \"...\"");
    }
    if (q.quiz == model::QuizUse::Asked && !q.quiz_reason.empty()) {
      r.error(r.line_of("quiz_reason"), "'quiz_reason' belongs with quiz = false");
    }
    const std::string words = model::text_in(q.words, lang);
    for (const std::string& s : sources) q.sources.push_back({s, q.direct ? words : evidence});
    c.quotes.push_back(std::move(q));
  }
}

void read_cards(const SourceFile& f, const std::string& lang, model::Content& c, Diagnostics& out) {
  for (const toml::table* t : tables_of(*f.root, "card", f.path, out)) {
    TableReader r(*t, f.path, what("card", *t), out);
    model::Card card;
    card.id = r.string("id", Need::Required);
    card.title = r.local_text("title", Need::Required, lang, limits::kCardTitle);
    card.date = r.date("date", Need::Required);
    card.place = r.string("place", Need::Optional);
    card.body = r.local_text("body", Need::Required, lang, limits::kCardBody);
    card.quote = r.string("quote", Need::Optional);
    card.quotes = r.strings("quotes", Need::Optional);
    // The key quote is shown with its speaker, so it is always among the card's quotes.
    if (!card.quote.empty() &&
        std::find(card.quotes.begin(), card.quotes.end(), card.quote) == card.quotes.end()) {
      card.quotes.insert(card.quotes.begin(), card.quote);
    }
    card.sources = r.strings("sources", Need::Required);
    card.facts = r.strings("facts", Need::Optional);
    card.origin = r.origin();
    r.finish();
    c.cards.push_back(std::move(card));
  }
}

// Which fields a recording may speak in place of, by the kind of item it names.
bool recordable_field(const model::Recording& rec) {
  static const std::set<std::string> card_fields{"title", "date", "body", "quote", "speaker"};
  static const std::set<std::string> question_fields{"prompt", "explanation"};
  return (rec.card.empty() ? question_fields : card_fields).count(rec.field) > 0;
}

void read_recording(TableReader& r, const std::string& dir, model::Content& c) {
  model::Recording rec;
  rec.card = r.string("card", Need::Optional);
  rec.question = r.string("question", Need::Optional);
  rec.field = r.string("text", Need::Required);
  rec.language = r.string("lang", Need::Required);
  rec.audio = r.string("audio", Need::Required);
  rec.origin = r.origin();
  r.finish();
  if (rec.card.empty() == rec.question.empty()) {
    r.error(r.line(), "a recording names either a 'card' or a 'question', not both or neither");
    return;
  }
  if (!rec.field.empty() && !recordable_field(rec)) {
    r.error(r.line_of("text"),
            "'text' is '" + rec.field + "'; a " + (rec.card.empty() ? "question" : "card") +
                " has " +
                (rec.card.empty() ? "prompt, explanation" : "title, date, body, quote, speaker"));
  }
  const std::vector<std::string>& offered = c.meta.languages;
  if (!rec.language.empty() && !offered.empty() &&
      std::find(offered.begin(), offered.end(), rec.language) == offered.end()) {
    r.error(r.line_of("lang"),
            "'lang' is '" + rec.language + "', not one of the content's languages");
  }
  if (rec.audio.empty()) return;
  rec.path = (std::filesystem::path(dir) / rec.audio).string();
  if (!std::filesystem::is_regular_file(rec.path)) {
    r.error(r.line_of("audio"), "no such recording: " + rec.path);
  }
  c.recordings.push_back(std::move(rec));
}

// recordings.toml, when the content source has one: a curator's recordings in place of
// rendered speech. Most content has none, so the file is optional.
void read_recordings(const std::string& dir, model::Content& c, Diagnostics& out) {
  if (!std::filesystem::exists(std::filesystem::path(dir) / "recordings.toml")) return;
  const SourceFile f = open_file(dir, "recordings.toml", out);
  if (!f.root) return;
  only_key(f, "recording", out);
  for (const toml::table* t : tables_of(*f.root, "recording", f.path, out)) {
    TableReader r(*t, f.path, "recording at line " + std::to_string(t->source().begin.line), out);
    read_recording(r, dir, c);
  }
}

}  // namespace

model::Content load_content(const std::string& dir, Diagnostics& out) {
  model::Content content;
  if (!std::filesystem::is_directory(dir)) {
    out.error(dir, 0, "not a directory: give the folder that holds kiosk.toml");
    return content;
  }
  const SourceFile meta = open_file(dir, "kiosk.toml", out);
  if (meta.root) read_meta(meta, content.meta, out);
  const std::string lang =
      content.meta.default_language.empty() ? "en" : content.meta.default_language;
  struct Part {
    const char* file;
    const char* key;
    void (*read)(const SourceFile&, const std::string&, model::Content&, Diagnostics&);
  };
  const Part parts[] = {
      {"sources.toml", "source", read_sources},       {"entities.toml", "entity", read_entities},
      {"relations.toml", "relation", read_relations}, {"facts.toml", "fact", read_facts},
      {"quotes.toml", "quote", read_quotes},          {"cards.toml", "card", read_cards},
  };
  for (const Part& part : parts) {
    const SourceFile f = open_file(dir, part.file, out);
    if (!f.root) continue;
    only_key(f, part.key, out);
    part.read(f, lang, content, out);
  }
  const SourceFile interface = open_file(dir, "interface.toml", out);
  if (interface.root) read_interface(*interface.root, interface.path, content, out);
  read_recordings(dir, content, out);
  return content;
}

}  // namespace kiosk::authoring
