// Reading one TOML table of the content source into model values, reporting every problem
// (wrong type, missing key, unknown key: usually a typo) with its line.
#pragma once

#include <toml++/toml.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "authoring/diagnostics.hpp"
#include "core/content_limits.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

enum class Need { Required, Optional };

class TableReader {
 public:
  // `what` names the table in messages, e.g. "fact 'talks-length'".
  TableReader(const toml::table& table, std::string file, std::string what, Diagnostics& out);

  int line() const;
  int line_of(const std::string& key) const;
  // The line of `key.inner` when `key` is a table (`statement.ru = ...`), else of `key`.
  int line_of(const std::string& key, const std::string& inner) const;
  model::Origin origin() const { return {file_, line()}; }

  // Every string read is also refused when it is not UTF-8 or longer than
  // limits::kMaxSourceStringBytes.
  std::string string(const std::string& key, Need need);
  // A string that becomes part of a longer stored text (an outlet, of a source's credit line):
  // also refused when it alone is longer than that text may be.
  std::string string(const std::string& key, Need need, const limits::TextLimit& part_of);
  // Visitor text: a plain string (the default language) or a table of language -> text.
  model::LocalText local_text(const std::string& key, Need need, const std::string& language);
  // Visitor text stored as it is in `column`: also refused when longer than the column holds,
  // or empty where the column needs text (an optional key, when given, must then say something).
  model::LocalText local_text(const std::string& key, Need need, const std::string& language,
                              const limits::TextLimit& column);
  // An array of strings; an empty string in it is refused.
  std::vector<std::string> strings(const std::string& key, Need need);
  std::optional<model::DateValue> date(const std::string& key, Need need);
  std::optional<double> number(const std::string& key, Need need);
  bool boolean(const std::string& key, bool fallback);
  // [{ source = "id", evidence = "words" }, ...]
  std::vector<model::Evidence> evidence(const std::string& key, Need need);

  // The node of `key` as written, for values of a shape of their own (a gender given once or
  // per language); nullptr when it is not there.
  const toml::node* raw(const std::string& key);
  // The text at `node`, inside the value of a key (a case form in `forms.ru`), named `key` in
  // messages: reported when it is not a string, not UTF-8, empty or longer than `limit`.
  std::string inner_string(const toml::node& node, const std::string& key,
                           const limits::TextLimit& limit);
  // Plural forms by CLDR category ({ one = "час", few = "часа", many = "часов", other = "часа" })
  // of `key`, written at `node`, for `language`: each category a real one, each form text,
  // 'other' always given and every other category `language` counts with (ICU) too.
  std::map<std::string, std::string> plural_forms(const toml::node& node, const std::string& key,
                                                  const std::string& language);

  bool has(const std::string& key) const { return table_.contains(key); }
  // Reports keys that no getter asked for; call after reading everything.
  void finish();

  void error(int line, const std::string& message);

 private:
  const toml::node* get(const std::string& key, Need need);
  // The string of `node`, reporting text that is not UTF-8 or too long for any row.
  std::string text_of(const toml::node& node, const std::string& key);
  // Reports `value` (of `key`, written at `node`) when it is longer than `limit` allows.
  void check_length(const toml::node& node, const std::string& key, const std::string& value,
                    const limits::TextLimit& limit);
  std::optional<model::DateValue> date_from(const toml::node& node, const std::string& key);

  const toml::table& table_;
  std::string file_;
  std::string what_;
  Diagnostics& out_;
  std::set<std::string> asked_;
};

// Parses `path`; on a syntax error reports it (with line) and returns nullopt.
std::optional<toml::table> parse_toml(const std::string& path, Diagnostics& out);

// The tables of the array `key` in `root` (e.g. every [[fact]]), reporting a wrong type.
std::vector<const toml::table*> tables_of(const toml::table& root, const std::string& key,
                                          const std::string& file, Diagnostics& out);

}  // namespace kiosk::authoring
