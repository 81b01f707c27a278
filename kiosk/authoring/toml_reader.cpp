// Type-checked access to TOML tables with line-numbered diagnostics.
#include "authoring/toml_reader.hpp"

#include <string>

#include "authoring/locale_rules.hpp"
#include "core/utf8.hpp"

namespace kiosk::authoring {
namespace {

int line_of_node(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

const char* type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "true or false";
    default: return "a date or time";
  }
}

}  // namespace

TableReader::TableReader(const toml::table& table, std::string file, std::string what,
                         Diagnostics& out)
    : table_(table), file_(std::move(file)), what_(std::move(what)), out_(out) {}

int TableReader::line() const { return line_of_node(table_); }

int TableReader::line_of(const std::string& key) const {
  const toml::node* node = table_.get(key);
  return node != nullptr ? line_of_node(*node) : line();
}

int TableReader::line_of(const std::string& key, const std::string& inner) const {
  const toml::node* node = table_.get(key);
  const toml::table* table = node != nullptr ? node->as_table() : nullptr;
  const toml::node* at = table != nullptr ? table->get(inner) : nullptr;
  return at != nullptr ? line_of_node(*at) : line_of(key);
}

const toml::node* TableReader::raw(const std::string& key) { return get(key, Need::Optional); }

std::string TableReader::inner_string(const toml::node& node, const std::string& key,
                                      const limits::TextLimit& limit) {
  if (!node.is_string()) {
    error(line_of_node(node), "'" + key + "' must be a string, not " + type_name(node));
    return {};
  }
  std::string value = text_of(node, key);
  if (value.empty()) error(line_of_node(node), "'" + key + "' is empty");
  check_length(node, key, value, limit);
  return value;
}

std::map<std::string, std::string> TableReader::plural_forms(const toml::node& node,
                                                             const std::string& key,
                                                             const std::string& language) {
  std::map<std::string, std::string> forms;
  const toml::table* table = node.as_table();
  if (table == nullptr) {
    error(line_of_node(node), "'" + key +
                                  "' must be a table of plural forms, such as { one = \"...\", "
                                  "other = \"...\" }");
    return forms;
  }
  for (auto&& [category, value] : *table) {
    const std::string name(category.str());
    if (!is_plural_category(name)) {
      error(line_of_node(value), "'" + key + "': unknown plural form '" + name +
                                     "' (zero, one, two, few, many or other)");
    } else if (!value.is_string()) {
      error(line_of_node(value), "'" + key + "." + name + "' must be a string");
    } else if (std::string text = text_of(value, key + "." + name); text.empty()) {
      error(line_of_node(value), "'" + key + "." + name + "' is empty");
    } else {
      forms.emplace(name, std::move(text));
    }
  }
  const std::vector<std::string> needed = plural_categories_used(language);
  std::string all;
  for (const std::string& category : needed) all += (all.empty() ? "" : ", ") + category;
  for (const std::string& category : needed) {
    if (table->get(category) == nullptr) {
      error(line_of_node(node), "'" + key + "' has no plural form '" + category + "' (" + language +
                                    " needs " + all + ")");
    }
  }
  return forms;
}

void TableReader::error(int line, const std::string& message) {
  out_.error(file_, line, what_ + ": " + message);
}

const toml::node* TableReader::get(const std::string& key, Need need) {
  asked_.insert(key);
  const toml::node* node = table_.get(key);
  if (node == nullptr && need == Need::Required) error(line(), "missing '" + key + "'");
  return node;
}

std::string TableReader::text_of(const toml::node& node, const std::string& key) {
  std::string value = node.as_string()->get();
  if (const auto bad = utf8::first_invalid(value)) {
    error(line_of_node(node),
          "'" + key + "' is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
  } else if (value.size() > static_cast<std::size_t>(limits::kMaxSourceStringBytes)) {
    error(line_of_node(node), "'" + key + "' is too long (" + std::to_string(value.size()) +
                                  " bytes; at most " +
                                  std::to_string(limits::kMaxSourceStringBytes) + ")");
  }
  return value;
}

void TableReader::check_length(const toml::node& node, const std::string& key,
                               const std::string& value, const limits::TextLimit& limit) {
  const std::size_t chars = utf8::count_code_points(value);
  if (chars > static_cast<std::size_t>(limit.max_chars)) {
    error(line_of_node(node), "'" + key + "' is too long (" + std::to_string(chars) +
                                  " characters; at most " + std::to_string(limit.max_chars) + ")");
  }
}

std::string TableReader::string(const std::string& key, Need need) {
  const toml::node* node = get(key, need);
  if (node == nullptr) return {};
  if (!node->is_string()) {
    error(line_of_node(*node), "'" + key + "' must be a string, not " + type_name(*node));
    return {};
  }
  std::string value = text_of(*node, key);
  if (value.empty() && need == Need::Required) error(line_of_node(*node), "'" + key + "' is empty");
  return value;
}

std::string TableReader::string(const std::string& key, Need need,
                                const limits::TextLimit& part_of) {
  std::string value = string(key, need);
  if (const toml::node* node = table_.get(key); node != nullptr && node->is_string()) {
    check_length(*node, key, value, part_of);
  }
  return value;
}

model::LocalText TableReader::local_text(const std::string& key, Need need,
                                         const std::string& language) {
  const toml::node* node = get(key, need);
  model::LocalText text;
  if (node == nullptr) return text;
  if (node->is_string()) {
    text[language] = text_of(*node, key);
  } else if (const toml::table* t = node->as_table()) {
    for (auto&& [lang, value] : *t) {
      if (!value.is_string()) {
        error(line_of_node(value),
              "'" + key + "." + std::string(lang.str()) + "' must be a string");
        continue;
      }
      text[std::string(lang.str())] = text_of(value, key + "." + std::string(lang.str()));
    }
  } else {
    error(line_of_node(*node), "'" + key + "' must be a string or a table of languages");
  }
  for (const auto& [lang, value] : text) {
    if (value.empty() && need == Need::Required)
      error(line_of_node(*node), "'" + key + "' is empty");
  }
  return text;
}

model::LocalText TableReader::local_text(const std::string& key, Need need,
                                         const std::string& language,
                                         const limits::TextLimit& column) {
  model::LocalText text = local_text(key, need, language);
  const toml::node* node = table_.get(key);
  if (node == nullptr) return text;
  const toml::table* per_language = node->as_table();
  for (const auto& [lang, value] : text) {
    const toml::node* at = per_language != nullptr ? per_language->get(lang) : node;
    if (at == nullptr) at = node;
    if (value.empty() && need == Need::Optional && column.presence == limits::Presence::Required) {
      error(line_of_node(*at), "'" + key + "' is empty: give some text or leave '" + key + "' out");
    }
    check_length(*at, key, value, column);
  }
  return text;
}

std::vector<std::string> TableReader::strings(const std::string& key, Need need) {
  const toml::node* node = get(key, need);
  std::vector<std::string> out;
  if (node == nullptr) return out;
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    error(line_of_node(*node), "'" + key + "' must be an array of strings");
    return out;
  }
  for (const toml::node& item : *array) {
    if (!item.is_string()) {
      error(line_of_node(item), "'" + key + "' must hold only strings");
      continue;
    }
    out.push_back(text_of(item, key));
    if (out.back().empty()) error(line_of_node(item), "'" + key + "' holds an empty string");
  }
  if (out.empty() && need == Need::Required) error(line_of_node(*node), "'" + key + "' is empty");
  return out;
}

std::optional<model::DateValue> TableReader::date_from(const toml::node& node,
                                                       const std::string& key) {
  model::DateValue value;
  std::string iso;
  if (node.is_string()) {
    iso = text_of(node, key);
  } else if (const toml::table* t = node.as_table()) {
    TableReader inner(*t, file_, what_ + " " + key, out_);
    iso = inner.string("value", Need::Required);
    const std::string inferred = inner.string("inferred", Need::Required);
    value.reason = inner.string("reason", Need::Required);
    if (inferred == "year") {
      value.inference = DateInference::YearInferred;
    } else if (inferred == "date") {
      value.inference = DateInference::WhollyInferred;
    } else if (!inferred.empty()) {
      error(inner.line_of("inferred"),
            "'inferred' must be \"year\" or \"date\", not \"" + inferred + "\"");
    }
    inner.finish();
  } else {
    error(line_of_node(node), "'" + key +
                                  "' must be \"YYYY-MM-DD\" or a table { value, "
                                  "inferred, reason }");
    return std::nullopt;
  }
  const std::optional<Date> date = parse_iso_date(iso);
  if (!date) {
    if (!iso.empty()) {
      error(line_of_node(node), "'" + iso + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    return std::nullopt;
  }
  value.date = *date;
  return value;
}

std::optional<model::DateValue> TableReader::date(const std::string& key, Need need) {
  const toml::node* node = get(key, need);
  return node == nullptr ? std::nullopt : date_from(*node, key);
}

std::optional<double> TableReader::number(const std::string& key, Need need) {
  const toml::node* node = get(key, need);
  if (node == nullptr) return std::nullopt;
  if (!node->is_number()) {
    error(line_of_node(*node), "'" + key + "' must be a number, not " + type_name(*node));
    return std::nullopt;
  }
  return node->value<double>();
}

bool TableReader::boolean(const std::string& key, bool fallback) {
  const toml::node* node = get(key, Need::Optional);
  if (node == nullptr) return fallback;
  if (!node->is_boolean()) {
    error(line_of_node(*node), "'" + key + "' must be true or false");
    return fallback;
  }
  return node->as_boolean()->get();
}

std::vector<model::Evidence> TableReader::evidence(const std::string& key, Need need) {
  const toml::node* node = get(key, need);
  std::vector<model::Evidence> out;
  if (node == nullptr) return out;
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    error(line_of_node(*node), "'" + key + "' must be an array of { source, evidence }");
    return out;
  }
  for (const toml::node& item : *array) {
    const toml::table* t = item.as_table();
    if (t == nullptr) {
      error(line_of_node(item),
            "each of '" + key + "' must be { source = \"id\", evidence = \"words\" }");
      continue;
    }
    TableReader inner(*t, file_, what_ + " " + key, out_);
    model::Evidence e{inner.string("source", Need::Required),
                      inner.string("evidence", Need::Required)};
    inner.finish();
    out.push_back(std::move(e));
  }
  if (out.empty() && need == Need::Required) error(line_of_node(*node), "'" + key + "' is empty");
  return out;
}

void TableReader::finish() {
  for (auto&& [key, value] : table_) {
    const std::string name(key.str());
    if (asked_.contains(name)) continue;
    std::string known;
    for (const std::string& k : asked_) known += (known.empty() ? "" : ", ") + k;
    error(line_of_node(value), "unknown key '" + name + "' (known keys: " + known + ")");
  }
}

std::optional<toml::table> parse_toml(const std::string& path, Diagnostics& out) {
  try {
    return toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    out.error(path, static_cast<int>(e.source().begin.line), std::string(e.description()));
    return std::nullopt;
  }
}

std::vector<const toml::table*> tables_of(const toml::table& root, const std::string& key,
                                          const std::string& file, Diagnostics& out) {
  std::vector<const toml::table*> tables;
  const toml::node* node = root.get(key);
  if (node == nullptr) return tables;
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    out.error(file, line_of_node(*node), "'" + key + "' must be written as [[" + key + "]] tables");
    return tables;
  }
  for (const toml::node& item : *array) {
    if (const toml::table* t = item.as_table()) {
      tables.push_back(t);
    } else {
      out.error(file, line_of_node(item), "'" + key + "' must hold only tables");
    }
  }
  return tables;
}

}  // namespace kiosk::authoring
