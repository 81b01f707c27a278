// Hostile strings (the Big List of Naughty Strings) in every field of a small content source,
// and text past every limit: kiosk-db build ends either in a database that passes the kiosk's
// check or in errors that each name a file and line, never in an internal error.
#include <doctest/doctest.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "core/content_limits.hpp"
#include "core/utf8.hpp"
#include "store/check.hpp"
#include "support/support.hpp"
#include "tool/commands.hpp"

using namespace kiosk;

namespace {

const std::vector<std::string> kFiles{"kiosk.toml",     "sources.toml",  "entities.toml",
                                      "relations.toml", "facts.toml",    "quotes.toml",
                                      "cards.toml",     "interface.toml"};

// Keys whose strings name or point at something (ids, kinds, references, dates, languages);
// every other string is text.
const std::set<std::string> kStructuralKeys{"id",
                                            "kind",
                                            "subject_kind",
                                            "value",
                                            "object_kind",
                                            "cardinality",
                                            "subject",
                                            "relation",
                                            "object",
                                            "qualifier",
                                            "place",
                                            "quote",
                                            "speaker",
                                            "source",
                                            "sources",
                                            "facts",
                                            "rewrite_of",
                                            "languages",
                                            "default_language",
                                            "date",
                                            "inferred",
                                            "quotes",
                                            "shared_by",
                                            "group"};

std::vector<std::string> naughty_strings(const std::string& dir) {
  std::ifstream in(dir + "/blns.txt", std::ios::binary);
  std::vector<std::string> strings;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') strings.push_back(line);
  }
  return strings;
}

// Text of exactly `count` characters, made of the hostile strings (a malformed one counts its
// bytes as characters, as the limits do not apply to text that is refused as malformed anyway).
std::string hostile_text(const std::vector<std::string>& strings, std::size_t count,
                         std::size_t start) {
  std::string text;
  std::size_t chars = 0;
  for (std::size_t i = start; chars < count; ++i) {
    const std::string piece = strings[i % strings.size()] + " ";
    for (std::size_t at = 0; at < piece.size() && chars < count; ++chars) {
      const std::size_t length = std::max<std::size_t>(1, utf8::sequence_length(piece, at));
      text += piece.substr(at, length);
      at += length;
    }
  }
  return text;
}

using Rewrite =
    std::function<std::optional<std::string>(const std::string& key, const std::string& value)>;

// Every string in `node` replaced by what `rewrite` makes of it (nullopt: left as it is).
void rewrite_strings(toml::node& node, const std::string& key, const Rewrite& rewrite) {
  if (toml::table* table = node.as_table()) {
    for (auto&& [k, child] : *table) rewrite_strings(child, std::string(k.str()), rewrite);
  } else if (toml::array* array = node.as_array()) {
    for (toml::node& child : *array) rewrite_strings(child, key, rewrite);
  } else if (toml::value<std::string>* text = node.as_string()) {
    if (auto replaced = rewrite(key, text->get())) *text = *replaced;
  }
}

// The fixture content source, parsed once and written out rewritten for each run.
class HostileSource {
 public:
  HostileSource() : dir_(test::TempStorage::Memory) {
    for (const std::string& name : kFiles) {
      original_[name] = toml::parse_file(test::fixture_dir("content") + "/" + name);
    }
    std::filesystem::create_directories(src());
  }

  std::string src() const { return dir_.file("src"); }
  std::string output() const { return dir_.file("out.db"); }

  void write(const Rewrite& rewrite) const {
    for (const auto& [name, root] : original_) {
      toml::table copy = root;
      rewrite_strings(copy, "", rewrite);
      std::ofstream out(src() + "/" + name, std::ios::binary | std::ios::trunc);
      out << toml::toml_formatter(copy, toml::format_flags::allow_unicode_strings) << '\n';
    }
  }

 private:
  test::TempDir dir_;
  std::map<std::string, toml::table> original_;
};

// "DIR/facts.toml:12: error: ..." with a line of 1 or more.
bool located_error(const std::string& line, const std::string& src) {
  if (line.rfind(src + "/", 0) != 0) return false;
  const std::size_t toml = line.find(".toml:", src.size());
  if (toml == std::string::npos) return false;
  std::size_t at = toml + 6;
  int number = 0;
  while (at < line.size() && std::isdigit(static_cast<unsigned char>(line[at]))) {
    number = number * 10 + (line[at++] - '0');
    if (number > 1'000'000) return false;
  }
  return number >= 1 && line.compare(at, 9, ": error: ") == 0;
}

// kiosk-db build as a curator runs it; checks that it ended in a usable database or in errors
// that all carry a file and line. Returns whether a database was written.
bool build_ends_well(const HostileSource& source, const std::string& what) {
  // Without speech: hundreds of builds of hostile text; speech has tests of its own.
  std::vector<std::string> args{"kiosk-db",      "build", source.src(), "-o",
                                source.output(), "-q",    "--no-speech"};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  std::ostringstream out;
  std::ostringstream err;
  const int code = tool::main(static_cast<int>(argv.size()), argv.data(), out, err);
  INFO(what, "\n", err.str().substr(0, 2000));
  CHECK(err.str().find("internal error") == std::string::npos);
  if (code == 0) {
    // kiosk-db build puts a database in place only once it passes the kiosk's check
    // (store::write_database); checking it again here would double the test's time.
    CHECK(std::filesystem::exists(source.output()));
    std::filesystem::remove(source.output());
    return true;
  }
  CHECK(code == 1);
  CHECK_FALSE(std::filesystem::exists(source.output()));
  std::istringstream lines(err.str());
  for (std::string line; std::getline(lines, line);) {
    const bool summary = line.rfind("kiosk-db: ", 0) == 0 &&
                         line.find(" problem") != std::string::npos &&
                         line.find("; nothing was written") != std::string::npos;
    CHECK_MESSAGE((summary || located_error(line, source.src())),
                  "not located: " << line.substr(0, 300));
  }
  return false;
}

// The longest text of each limit, plus one; and one string too long for any row.
std::vector<std::size_t> lengths_past_limits() {
  std::set<std::size_t> lengths{static_cast<std::size_t>(limits::kMaxSourceStringBytes) + 1};
  for (const limits::TextLimit& l :
       {limits::kMetaText, limits::kSetting, limits::kSourceTitle, limits::kSourceLabel,
        limits::kEntityName, limits::kEntityRole, limits::kFactStatement, limits::kFactValueLabel,
        limits::kQuoteWords, limits::kQuoteContext, limits::kCardTitle, limits::kCardDateLabel,
        limits::kCardPlaceLabel, limits::kCardBody, limits::kCardDifference,
        limits::kQuestionPrompt, limits::kQuestionExplanation, limits::kChoiceText}) {
    lengths.insert(static_cast<std::size_t>(l.max_chars) + 1);
  }
  return {lengths.begin(), lengths.end()};
}

std::set<std::string> text_keys() {
  std::set<std::string> keys;
  for (const std::string& name : kFiles) {
    const toml::table root = toml::parse_file(test::fixture_dir("content") + "/" + name);
    toml::table copy = root;
    rewrite_strings(copy, "",
                    [&](const std::string& key, const std::string&) -> std::optional<std::string> {
                      if (!kStructuralKeys.contains(key)) keys.insert(key);
                      return std::nullopt;
                    });
  }
  return keys;
}

}  // namespace

TEST_CASE(
    "naughty strings in every text of a content source end in a good database or located errors") {
  const std::string dir = test::testdata_dir_or_skip();
  if (dir.empty()) return;
  const std::vector<std::string> strings = naughty_strings(dir);
  REQUIRE(strings.size() > 400);
  const HostileSource source;
  int written = 0;
  for (std::size_t i = 0; i < strings.size(); ++i) {
    source.write([&](const std::string& key,
                     const std::string& value) -> std::optional<std::string> {
      if (kStructuralKeys.contains(key)) return std::nullopt;
      return strings[i] + " " + value;  // the original kept: names stay distinct, templates filled
    });
    written += build_ends_well(source, "string " + std::to_string(i) + ": " + strings[i]) ? 1 : 0;
  }
  MESSAGE(written << " of " << strings.size() << " built a database");
  CHECK(written > 0);
}

TEST_CASE("naughty strings as ids, kinds and references are each reported at their line") {
  const std::string dir = test::testdata_dir_or_skip();
  if (dir.empty()) return;
  const std::vector<std::string> strings = naughty_strings(dir);
  const std::vector<std::string> keys(kStructuralKeys.begin(), kStructuralKeys.end());
  const HostileSource source;
  for (std::size_t i = 0; i < strings.size(); ++i) {
    const std::string& target = keys[i % keys.size()];  // one kind of key a run, in turn
    source.write([&](const std::string& key, const std::string&) -> std::optional<std::string> {
      if (key != target) return std::nullopt;
      return strings[i];
    });
    build_ends_well(source, target + " = string " + std::to_string(i) + ": " + strings[i]);
  }
}

TEST_CASE(
    "naughty text past every limit, in each text of a content source, is never an internal error") {
  const std::string dir = test::testdata_dir_or_skip();
  if (dir.empty()) return;
  const std::vector<std::string> strings = naughty_strings(dir);
  const HostileSource source;
  std::size_t start = 0;
  int refused = 0;
  for (const std::string& target : text_keys()) {
    for (const std::size_t length : lengths_past_limits()) {
      const std::string text = hostile_text(strings, length, start++);
      // Text too long for any row is written once, not a dozen times over half a megabyte.
      const bool once = length > static_cast<std::size_t>(limits::kCardBody.max_chars) + 1;
      int written = 0;
      source.write(
          [&](const std::string& key, const std::string& value) -> std::optional<std::string> {
            if (key != target || (once && written++ > 0)) return std::nullopt;
            // Templates keep their placeholders, so the text is measured once filled in.
            return value.find('{') == std::string::npos ? text : value + " " + text;
          });
      refused +=
          build_ends_well(source, target + " of " + std::to_string(length) + " characters") ? 0 : 1;
    }
  }
  CHECK(refused > 0);
}
