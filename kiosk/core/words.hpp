// The kiosk's own words in the visitor's language, ready to put on screen.
//
// Built from the content file's interface texts whenever the language or the content changes:
// the visitor's language first, then the file's default language, then the English of
// core/ui_text.cpp. A text is never empty and never a key.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/content.hpp"
#include "core/ui_text.hpp"

namespace kiosk {

class Words {
 public:
  // English only, from core/ui_text.cpp: for tests.
  Words();
  // The words built into the kiosk for `language`: for the screens shown with no content.
  explicit Words(std::string_view language);
  // The texts of `language` in `library`, falling back to `fallback`, then to English.
  Words(const ContentLibrary& library, const std::string& language, const std::string& fallback);

  // The text of `id` (for a text with a number, its "other" form, unfilled).
  const std::string& operator()(Ui id) const;
  // The text of `id` for the count `n`: its plural form, with {n} replaced by n.
  std::string count(Ui id, long n) const;
  // The text of `id` with each {name} replaced by its value.
  std::string fill(Ui id, const std::vector<std::pair<std::string, std::string>>& values) const;
  // `text` between the language's quotation marks: “…” in English, «…» in Russian.
  std::string quoted(const std::string& text) const;
  // The n-th of the space-separated items of `id` ("A B C D" -> "C" for 2); "" past the end.
  std::string item(Ui id, int n) const;

 private:
  void take(const std::vector<UiRow>& rows);
  const std::string& form(Ui id, const std::string& category) const;

  // key -> form ("" for plain texts) -> text
  std::map<Ui, std::map<std::string, std::string>> texts_;
  std::vector<std::string> plural_of_count_;  // CLDR category of counts 0, 1, 2, ...
};

// Replaces each {name} in `pattern` by its value; other braces are left as they are.
std::string fill_placeholders(std::string pattern,
                              const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace kiosk
