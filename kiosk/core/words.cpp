// The kiosk's own words in the visitor's language, ready to put on screen.
#include "core/words.hpp"

namespace kiosk {
namespace {

// English's own rule, for files that do not carry their plural table.
std::string english_category(long n) { return n == 1 ? "one" : "other"; }

}  // namespace

Words::Words() {
  for (const UiEntry& e : kUiEntries) {
    auto& forms = texts_[e.id];
    if (e.plural == UiPlural::No) {
      forms[""] = std::string(e.english);
    } else {
      forms["other"] = std::string(e.english);
      forms["one"] = std::string(e.english_one);
    }
  }
}

Words::Words(std::string_view language) : Words() {
  for (const UiEntry& e : kUiEntries) {
    if (e.plural == UiPlural::No) texts_[e.id][""] = std::string(built_in_text(e.id, language));
  }
}

Words::Words(const ContentLibrary& library, const std::string& language,
             const std::string& fallback)
    : Words() {
  // Later rows override earlier ones, so the visitor's language comes last. A language's
  // plural forms replace the English set whole: Russian has no use for English's "one".
  if (fallback != language) take(library.ui_rows(fallback));
  take(library.ui_rows(language));
  plural_of_count_ = library.plural_forms(language);
}

void Words::take(const std::vector<UiRow>& rows) {
  std::map<Ui, std::map<std::string, std::string>> given;
  for (const UiRow& row : rows) {
    if (row.value.empty()) continue;
    if (const std::optional<Ui> id = ui_from_key(row.key)) given[*id][row.form] = row.value;
  }
  for (auto& [id, forms] : given) {
    // A plain text needs its "" form, a plural one its "other" form; anything less is ignored.
    const bool plural = ui_entry(id).plural == UiPlural::Yes;
    if (forms.contains(plural ? "other" : "")) texts_[id] = std::move(forms);
  }
}

const std::string& Words::form(Ui id, const std::string& category) const {
  const auto& forms = texts_.at(id);
  if (const auto f = forms.find(category); f != forms.end()) return f->second;
  if (const auto f = forms.find("other"); f != forms.end()) return f->second;
  return forms.begin()->second;
}

const std::string& Words::operator()(Ui id) const {
  return form(id, ui_entry(id).plural == UiPlural::Yes ? "other" : "");
}

std::string Words::count(Ui id, long n) const {
  std::string category;
  if (ui_entry(id).plural == UiPlural::Yes) {
    const bool known = n >= 0 && static_cast<std::size_t>(n) < plural_of_count_.size();
    category = known ? plural_of_count_[static_cast<std::size_t>(n)]
                     : (plural_of_count_.empty() ? english_category(n) : "other");
  }
  return fill_placeholders(form(id, category), {{"n", std::to_string(n)}});
}

std::string Words::fill(Ui id,
                        const std::vector<std::pair<std::string, std::string>>& values) const {
  return fill_placeholders((*this)(id), values);
}

std::string Words::quoted(const std::string& text) const {
  return item(Ui::QuoteMarks, 0) + text + item(Ui::QuoteMarks, 1);
}

std::string Words::item(Ui id, int n) const {
  const std::string& all = (*this)(id);
  std::size_t start = 0;
  for (int i = 0; i < n && start != std::string::npos; ++i) {
    start = all.find(' ', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos || start >= all.size()) return "";
  return all.substr(start, all.find(' ', start) - start);
}

std::string fill_placeholders(std::string pattern,
                              const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [name, value] : values) {
    const std::string slot = "{" + name + "}";
    for (std::size_t at = pattern.find(slot); at != std::string::npos;
         at = pattern.find(slot, at + value.size())) {
      pattern.replace(at, slot.size(), value);
    }
  }
  return pattern;
}

}  // namespace kiosk
