// Shared test helpers.
#include "support/support.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include "core/utf8.hpp"

namespace kiosk::test {

TempDir::TempDir(TempStorage storage) {
  std::random_device device;
  const std::filesystem::path memory = "/dev/shm";
  const bool in_memory = storage == TempStorage::Memory && std::filesystem::is_directory(memory);
  const std::filesystem::path base = in_memory ? memory : std::filesystem::temp_directory_path();
  path_ = base / ("kiosk-test-" + std::to_string(device()) + std::to_string(device()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

ScopedEnv::ScopedEnv(const char* name, const char* value) : name_(name) {
  if (const char* old = std::getenv(name)) old_ = old;
  if (value != nullptr) {
    ::setenv(name, value, 1);
  } else {
    ::unsetenv(name);
  }
}

ScopedEnv::~ScopedEnv() {
  if (old_) {
    ::setenv(name_.c_str(), old_->c_str(), 1);
  } else {
    ::unsetenv(name_.c_str());
  }
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

std::vector<std::string> target_command(const std::string& program) {
  std::vector<std::string> words;
  std::istringstream emulator(KIOSK_TEST_EMULATOR);  // "" on the host
  for (std::string word; emulator >> word;) words.push_back(word);
  words.push_back(program);
  return words;
}

std::string target_shell_command(const std::string& program) {
  std::string text;
  for (const std::string& word : target_command(program)) text += (text.empty() ? "" : " ") + word;
  return text;
}

std::string source_dir() { return KIOSK_SOURCE_DIR; }
std::string fixture_dir(const std::string& name) {
  return source_dir() + "/tests/fixtures/" + name;
}
std::string bundled_content_dir() { return source_dir() + "/db/content"; }

namespace {

std::string shared_or_skip(const std::string& dir, const char* what) {
  if (std::filesystem::is_directory(dir)) return dir;
  const char* ci = std::getenv("CI");
  if (ci != nullptr && std::string(ci) == "true") {
    FAIL(what << " not found at '" << dir
              << "': CI must provide ../shared (configure with "
                 "-DKIOSK_SEEDS_DIR=...)");
  } else {
    WARN_MESSAGE(false, what << " not found at '" << dir << "': skipped outside CI");
  }
  return {};
}

}  // namespace

std::string seeds_dir_or_skip() { return shared_or_skip(KIOSK_SEEDS_DIR, "the source documents"); }
std::string testdata_dir_or_skip() {
  return shared_or_skip(KIOSK_TESTDATA_DIR, "the shared test data");
}

int FakeMetrics::width(FontRole, std::string_view text) const {
  return 10 * static_cast<int>(utf8::count_code_points(text));
}

int FakeMetrics::line_height(FontRole) const { return 20; }

MemoryLibrary sample_library(int questions, int cards) {
  std::vector<Question> qs;
  for (int i = 0; i < questions; ++i) {
    Question q;
    q.id = i + 1;
    q.key = "q" + std::to_string(i + 1);
    q.kind = QuestionKind::Who;
    q.prompt = "Question number " + std::to_string(i + 1) + "?";
    q.explanation = "Because of fact " + std::to_string(i + 1) + ".";
    q.sources = {"TASS, April 11, 2024"};
    q.choices = {{"Right " + std::to_string(i + 1), true},
                 {"Wrong A", false},
                 {"Wrong B", false},
                 {"Wrong C", false},
                 {"Wrong D", false}};
    q.card = cards > 0 ? i % cards : -1;
    q.difficulty = 1 + i % 3;
    q.topic = "fact " + std::to_string(i + 1);
    qs.push_back(q);
  }
  std::vector<Card> cs;
  for (int i = 0; i < cards; ++i) {
    Card c;
    c.key = "card" + std::to_string(i + 1);
    c.title = "Card " + std::to_string(i + 1);
    c.date = date_from_days(days_since_epoch(Date{2024, 4, 1, DatePrecision::Day}) + i);
    c.date_inference = i % 2 == 0 ? DateInference::Stated : DateInference::YearInferred;
    c.date_label = format_date_label(*c.date, c.date_inference);
    c.place = "Moscow";
    c.body = "First paragraph of card " + std::to_string(i + 1) + ".\n\nSecond paragraph.";
    c.sources = {"TASS, April 11, 2024"};
    cs.push_back(c);
  }
  ContentMeta meta{"Sample content", "For tests", "test-1", "2026-01-01T00:00:00Z", "en", "en"};
  return MemoryLibrary(meta, cs, qs, {"Fact one.", "Fact two.", "Fact three."});
}

std::unique_ptr<MemoryLibrary> with_version(const ContentLibrary& library,
                                            const std::string& version) {
  ContentMeta meta = library.meta();
  meta.content_version = version;
  std::vector<Card> cards;
  std::vector<Question> questions;
  std::vector<std::string> highlights;
  for (int i = 0; i < library.card_count(); ++i) cards.push_back(*library.card(i));
  for (int i = 0; i < library.question_count(); ++i) questions.push_back(*library.question(i));
  for (int i = 0; i < library.highlight_count(); ++i) highlights.push_back(*library.highlight(i));
  return std::make_unique<MemoryLibrary>(meta, cards, questions, highlights);
}

}  // namespace kiosk::test
