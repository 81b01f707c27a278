// A curator's recordings (recordings.toml): stored in place of rendered speech, or refused with
// the file and line when they name nothing or do not play, with the old database kept.
#include "tool/recordings.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "authoring/fixture_copy.hpp"
#include "core/content_limits.hpp"
#include "store/speech_support.hpp"
#include "store/sqlite.hpp"
#include "store/sqlite_library.hpp"
#include "store/store_support.hpp"
#include "tool/kiosk_db_run.hpp"

using namespace kiosk;
using test::kiosk_db;
using test::Run;

namespace {

void write_bytes(const std::string& path, const std::vector<std::uint8_t>& bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()),
            static_cast<std::streamsize>(bytes.size()));
}

// The fixture source with `recordings` as its recordings.toml and a 2.5 s recording in
// recordings/lighthouse.en.opus.
struct WithRecordings {
  test::FixtureCopy source;
  explicit WithRecordings(const std::string& recordings) {
    write_bytes(source.src() + "/recordings/lighthouse.en.opus", test::tone_clip(2.5).ogg_opus);
    test::write_text(source.src() + "/recordings.toml", recordings);
  }
  // Built without an engine (so only recordings are spoken) into `name`.
  Run build(const std::string& name) const {
    return kiosk_db({"build", source.src(), "-o", source.file(name), "--quiet", "--espeak",
                     "no-such-espeak-ng"});
  }
};

const char* const kTitleRecording = R"(
[[recording]]
card = "opening"
text = "title"
lang = "en"
audio = "recordings/lighthouse.en.opus"
)";

}  // namespace

TEST_CASE("a recording is stored as the speech of the text it names, marked as a recording") {
  const WithRecordings w(kTitleRecording);
  const Run r = w.build("c.db");
  REQUIRE_MESSAGE(r.code == 0, r.err);
  CHECK(r.out.find("speech: 1 curator's recordings") != std::string::npos);
  store::LoadResult loaded = store::SqliteLibrary::open(w.source.file("c.db"));
  REQUIRE(loaded.library);
  const std::optional<SpeechClip> clip =
      loaded.library->speech("en", "A lighthouse for Harbour Town");
  REQUIRE(clip);
  CHECK(clip->ogg_opus == test::tone_clip(2.5).ogg_opus);
  CHECK(clip->seconds == doctest::Approx(2.5).epsilon(0.02));
  const store::DatabaseHandle db = test::open_as_writer(w.source.file("c.db"));
  store::Statement row(db.get(), "SELECT origin, recording FROM speech");
  REQUIRE(row.step());
  CHECK(row.text(0) == "recording");
  CHECK(row.text(1) == "recordings/lighthouse.en.opus");
  CHECK_FALSE(row.step());
  CHECK(kiosk_db({"check", w.source.file("c.db")}).code == 0);
}

TEST_CASE("a recording takes the place of the clip eSpeak NG rendered for the same text") {
  if (!tool::espeak_version(tool::kEspeakProgram)) return;
  const WithRecordings w(kTitleRecording);
  const Run r = kiosk_db({"build", w.source.src(), "-o", w.source.file("c.db"), "--quiet",
                          "--speech-cache", w.source.file("cache")});
  REQUIRE_MESSAGE(r.code == 0, r.err);
  store::LoadResult loaded = store::SqliteLibrary::open(w.source.file("c.db"));
  REQUIRE(loaded.library);
  CHECK(loaded.library->speech("en", "A lighthouse for Harbour Town")->ogg_opus ==
        test::tone_clip(2.5).ogg_opus);
  CHECK(loaded.library->speaks("en", "Ten years of waiting"));  // the rest still rendered
}

TEST_CASE("a recording that names nothing is refused with its line, and the old file is kept") {
  struct Case {
    const char* name;
    std::string toml;
    std::string says;
  };
  const std::string audio = "audio = \"recordings/lighthouse.en.opus\"\n";
  const Case cases[] = {
      {"an unknown card",
       "[[recording]]\ncard = \"closing\"\ntext = \"title\"\nlang = \"en\"\n" + audio,
       "recordings.toml:1: error: recording recordings/lighthouse.en.opus speaks nothing: no card "
       "'closing'"},
      {"an unknown question",
       "[[recording]]\nquestion = \"q-none\"\ntext = \"prompt\"\nlang = \"en\"\n" + audio,
       "speaks nothing: no question 'q-none'"},
      {"a field a card does not have",
       "[[recording]]\ncard = \"opening\"\ntext = \"prompt\"\nlang = \"en\"\n" + audio,
       "recordings.toml:3: error: recording at line 1: 'text' is 'prompt'; a card has title, date, "
       "body"},
      {"both a card and a question",
       "[[recording]]\ncard = \"opening\"\nquestion = \"q\"\ntext = \"title\"\nlang = \"en\"\n" +
           audio,
       "names either a 'card' or a 'question'"},
      {"a language the content does not offer",
       "[[recording]]\ncard = \"opening\"\ntext = \"title\"\nlang = \"ru\"\n" + audio,
       "recordings.toml:4: error: recording at line 1: 'lang' is 'ru', not one of the content's "
       "languages"},
      {"a missing file",
       "[[recording]]\ncard = \"opening\"\ntext = \"title\"\nlang = \"en\"\naudio = "
       "\"recordings/gone.opus\"\n",
       "recordings.toml:5: error: recording at line 1: no such recording: "},
      {"a misspelt key", std::string(kTitleRecording) + "adio = \"x\"\n", "adio"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    const WithRecordings w(kTitleRecording);
    REQUIRE(w.build("c.db").code == 0);
    const std::string before = test::read_text(w.source.file("c.db"));
    test::write_text(w.source.src() + "/recordings.toml", c.toml);
    const Run r = w.build("c.db");
    CHECK(r.code != 0);
    CHECK_MESSAGE(r.err.find(c.says) != std::string::npos, r.err);
    CHECK(test::read_text(w.source.file("c.db")) == before);
  }
}

TEST_CASE("a recording that is not Ogg Opus, or is cut short, is refused and nothing is written") {
  std::vector<std::uint8_t> cut = test::tone_clip(2.5).ogg_opus;
  cut.resize(cut.size() / 2);
  const std::vector<std::uint8_t> wave{'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E'};
  for (const std::vector<std::uint8_t>& bytes : {cut, wave}) {
    const WithRecordings w(kTitleRecording);
    write_bytes(w.source.src() + "/recordings/lighthouse.en.opus", bytes);
    const Run r = w.build("c.db");
    CHECK(r.code != 0);
    CHECK_MESSAGE(
        r.err.find("recordings.toml:2: error: recordings/lighthouse.en.opus is not a playable "
                   "Ogg Opus recording: ") != std::string::npos,
        r.err);
    CHECK_FALSE(std::filesystem::exists(w.source.file("c.db")));
  }
}

TEST_CASE("a recording too large for a row is refused, saying how large it may be") {
  const WithRecordings w(kTitleRecording);
  std::vector<std::uint8_t> huge = test::tone_clip(2.5).ogg_opus;
  huge.resize(limits::kMaxStoredBytes, 0);
  write_bytes(w.source.src() + "/recordings/lighthouse.en.opus", huge);
  const Run r = w.build("c.db");
  CHECK(r.code != 0);
  CHECK_MESSAGE(r.err.find("more than the") != std::string::npos, r.err);
}
