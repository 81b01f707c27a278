// interface.toml: the kiosk's words and the builder's phrases, per language.
#include "authoring/interface_file.hpp"

#include <algorithm>
#include <set>

#include "authoring/grammar.hpp"
#include "authoring/phrases.hpp"
#include "authoring/toml_reader.hpp"
#include "core/ui_text.hpp"

namespace kiosk::authoring {
namespace {

// The kiosk's words have no column limit of their own; the source's limit on any string holds.
constexpr limits::TextLimit kKioskText{"ui_text", "value", limits::kMaxSourceStringBytes,
                                       limits::Presence::Required};

int line_of_node(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

// "the placeholders {n}, {total}", or "no placeholders".
std::string listed(const std::set<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "{" : ", {") + name + "}";
  return out.empty() ? "no placeholders" : "the placeholders " + out;
}

class InterfaceReader {
 public:
  InterfaceReader(const std::string& path, model::Content& c, Diagnostics& out)
      : path_(path), c_(c), out_(out) {}

  void read(const toml::table& root) {
    c_.interface.origin = {path_, 1};
    for (auto&& [key, value] : root) {
      const std::string name(key.str());
      if (name == "kiosk" || name == "phrases") {
        section(name, value);
      } else {
        error(line_of_node(value),
              "unknown top-level key '" + name + "' (expected [kiosk.LANG] and [phrases.LANG])");
      }
    }
    phrases_complete(kEnglish);
    if (c_.meta.default_language != kEnglish) phrases_complete(c_.meta.default_language);
  }

 private:
  static constexpr const char* kEnglish = "en";

  void error(int line, const std::string& message) { out_.error(path_, line, message); }

  bool is_language(const std::string& code) const {
    const auto& all = c_.meta.languages;
    return std::find(all.begin(), all.end(), code) != all.end();
  }

  // [kiosk.LANG] or [phrases.LANG]: a table of languages, each a table of texts.
  void section(const std::string& name, const toml::node& node) {
    const toml::table* languages = node.as_table();
    if (languages == nullptr) {
      error(line_of_node(node), "'" + name + "' must be written as [" + name + ".LANG] tables");
      return;
    }
    for (auto&& [key, value] : *languages) {
      const std::string code(key.str());
      const std::string what = "[" + name + "." + code + "]";
      // [phrases.en] lists the phrases, so it is there whatever the languages.
      if (!is_language(code) && !(name == "phrases" && code == kEnglish)) {
        error(line_of_node(value), what + ": '" + code + "' is not in kiosk.toml's languages");
      } else if (const toml::table* texts = value.as_table(); texts == nullptr) {
        error(line_of_node(value), what + " must be a table of texts");
      } else if (name == "kiosk") {
        kiosk_texts(*texts, code);
      } else {
        phrase_lines_[code] = line_of_node(value);
        phrases(*texts, code);
      }
    }
  }

  void kiosk_texts(const toml::table& texts, const std::string& code);
  void kiosk_text(TableReader& r, const std::string& key, const toml::node& value,
                  const UiEntry& entry, const std::string& code);
  void phrases(const toml::table& texts, const std::string& code);
  void phrases_complete(const std::string& code);

  const std::string& path_;
  model::Content& c_;
  Diagnostics& out_;
  std::map<std::string, int> phrase_lines_;  // language -> line of its [phrases.LANG]
};

void InterfaceReader::kiosk_texts(const toml::table& texts, const std::string& code) {
  TableReader r(texts, path_, "[kiosk." + code + "]", out_);
  for (auto&& [name, value] : texts) {
    const std::string key(name.str());
    r.raw(key);
    const std::optional<Ui> ui = ui_from_key(key);
    if (!ui) {
      r.error(line_of_node(value), "unknown key '" + key +
                                       "': the kiosk's words are the keys listed in "
                                       "kiosk/core/ui_text.cpp");
      continue;
    }
    kiosk_text(r, key, value, ui_entry(*ui), code);
  }
}

// One kiosk text: plural forms where the English has them, else a string; each with the
// English's placeholders, which the kiosk fills.
void InterfaceReader::kiosk_text(TableReader& r, const std::string& key, const toml::node& value,
                                 const UiEntry& entry, const std::string& code) {
  std::map<std::string, std::string> forms;
  if (entry.plural == UiPlural::Yes) {
    forms = r.plural_forms(value, key, code);
  } else if (value.is_table()) {
    r.error(line_of_node(value), "'" + key + "' takes one text, not plural forms");
    return;
  } else {
    forms[""] = r.inner_string(value, key, kKioskText);
  }
  const std::set<std::string> english = slots_used(std::string(entry.english));
  for (const auto& [form, text] : forms) {
    const std::set<std::string> used = slots_used(text);
    if (used == english) continue;
    const std::string which = form.empty() ? "'" + key + "'" : "'" + key + "." + form + "'";
    r.error(line_of_node(value),
            which + " uses " + listed(used) + ", but the English uses " + listed(english));
  }
  if (!forms.empty()) c_.interface.kiosk[code][key] = std::move(forms);
}

void InterfaceReader::phrases(const toml::table& texts, const std::string& code) {
  TableReader r(texts, path_, "[phrases." + code + "]", out_);
  for (auto&& [name, value] : texts) {
    const std::string key(name.str());
    const std::optional<Phrase> phrase = phrase_from_key(key);
    if (!phrase) {
      r.raw(key);
      std::string known;
      for (const PhraseEntry& e : phrase_entries()) {
        known += (known.empty() ? "" : ", ") + std::string(e.key);
      }
      r.error(line_of_node(value), "unknown phrase '" + key + "' (the phrases are " + known + ")");
      continue;
    }
    const PhraseEntry& entry = phrase_entry(*phrase);
    const std::string text = r.string(key, Need::Required);
    for (const std::string& problem : template_problems(text, entry.slots)) {
      r.error(line_of_node(value), "'" + key + "': " + problem);
    }
    const std::set<std::string> used = slots_used(text);
    for (const std::string& slot : entry.required) {
      if (!used.contains(slot)) {
        r.error(line_of_node(value), "'" + key + "' must use {" + slot + "}");
      }
    }
    c_.interface.phrases[code][key] = text;
  }
}

// The phrases of [phrases.en], and of the default language, which every item needs whole.
void InterfaceReader::phrases_complete(const std::string& code) {
  const auto given = c_.interface.phrases.find(code);
  for (const PhraseEntry& e : phrase_entries()) {
    if (given != c_.interface.phrases.end() && given->second.contains(std::string(e.key))) {
      continue;
    }
    const std::string why = code == kEnglish ? "every phrase is listed there, with its English"
                                             : "the default language needs every phrase";
    const auto line = phrase_lines_.find(code);
    error(line == phrase_lines_.end() ? 1 : line->second,
          "[phrases." + code + "] has no '" + std::string(e.key) + "' (" + why + ")");
  }
}

}  // namespace

void read_interface(const toml::table& root, const std::string& path, model::Content& content,
                    Diagnostics& out) {
  InterfaceReader(path, content, out).read(root);
}

}  // namespace kiosk::authoring
