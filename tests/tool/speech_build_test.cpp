// kiosk-db build's speech: rendered with espeak-ng, cached, checked, exported, or left out.
#include "tool/speech_build.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cmath>

#include "store/sqlite_library.hpp"
#include "store/store_support.hpp"
#include "support/support.hpp"
#include "tool/kiosk_db_run.hpp"
#include "tool/speech_render.hpp"
#include "tool/spoken_texts.hpp"

using namespace kiosk;
using test::kiosk_db;
using test::Run;

namespace {

bool has_espeak() { return tool::espeak_version(tool::kEspeakProgram).has_value(); }

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++n;
  }
  return n;
}

// The fixture content built with speech, its clips cached in `dir`/cache.
Run build_with_speech(const test::TempDir& dir, const std::string& name) {
  return kiosk_db({"build", test::fixture_dir("content"), "-o", dir.file(name), "--quiet",
                   "--speech-cache", dir.file("cache")});
}

}  // namespace

TEST_CASE(
    "every card, question and spoken word of the bundled content has speech in every "
    "language") {
  if (!has_espeak()) {
    MESSAGE("espeak-ng is not installed: the bundled database was built without speech");
    return;
  }
  store::LoadResult loaded = store::SqliteLibrary::open(KIOSK_BUNDLED_DB);
  REQUIRE(loaded.library);
  store::SqliteLibrary& library = *loaded.library;
  const std::vector<tool::SpokenText> texts = tool::spoken_texts(library);
  // 12 cards and 42 questions in three languages, and the kiosk's words.
  CHECK(texts.size() > 3 * (12 * 4 + 42 * 4));
  for (const tool::SpokenText& t : texts) {
    CAPTURE(t.language);
    CAPTURE(t.text);
    const std::optional<SpeechClip> clip = library.speech(t.language, t.text);
    REQUIRE(clip);
    CHECK(clip->seconds > 0);
  }
}

TEST_CASE("a build without espeak-ng says so once and stores no speech") {
  const test::TempDir dir;
  const Run r = kiosk_db({"build", test::fixture_dir("content"), "-o", dir.file("c.db"), "--quiet",
                          "--espeak", "no-such-espeak-ng"});
  REQUIRE(r.code == 0);
  CHECK(count_of(r.out, "no-such-espeak-ng is not on PATH, so this database has no speech") == 1);
  store::LoadResult loaded = store::SqliteLibrary::open(dir.file("c.db"));
  REQUIRE(loaded.library);
  CHECK_FALSE(loaded.library->speech("en", loaded.library->card(0)->title));
  const Run check = kiosk_db({"check", dir.file("c.db")});
  CHECK(check.code == 0);
  CHECK(check.out.find(": speech: none\n") != std::string::npos);
}

TEST_CASE("--no-speech stores no speech and says so") {
  const test::TempDir dir;
  const Run r = kiosk_db(
      {"build", test::fixture_dir("content"), "-o", dir.file("c.db"), "--quiet", "--no-speech"});
  REQUIRE(r.code == 0);
  CHECK(r.out.find("speech: none (--no-speech)") != std::string::npos);
}

TEST_CASE("a second build takes every clip from the cache and renders nothing") {
  if (!has_espeak()) return;
  const test::TempDir dir;
  const Run first = build_with_speech(dir, "a.db");
  REQUIRE(first.code == 0);
  CHECK(first.out.find(", 0 from the cache)") != std::string::npos);
  const Run second = build_with_speech(dir, "b.db");
  REQUIRE(second.code == 0);
  CHECK(second.out.find("(0 rendered by eSpeak NG") != std::string::npos);
  CHECK(test::read_text(dir.file("a.db")).size() == test::read_text(dir.file("b.db")).size());
}

TEST_CASE("check names the language and text of a clip that does not decode") {
  if (!has_espeak()) return;
  const test::TempDir dir;
  REQUIRE(build_with_speech(dir, "c.db").code == 0);
  REQUIRE(kiosk_db({"check", dir.file("c.db")}).code == 0);
  // Damage inside the stream, past its headers, sealed again so that only decoding finds it.
  test::run_sql_and_seal(dir.file("c.db"),
                         "UPDATE speech SET ogg_opus = substr(ogg_opus, 1, 200) || "
                         "zeroblob(length(ogg_opus) - 200) WHERE id = (SELECT id FROM speech "
                         "WHERE lang = 'en' ORDER BY length(ogg_opus) DESC LIMIT 1)");
  const Run r = kiosk_db({"check", dir.file("c.db")});
  CHECK(r.code == 1);
  CHECK(r.err.find(": speech en \"") != std::string::npos);
  CHECK(r.err.find("not usable: 1 broken clip of speech") != std::string::npos);
}

TEST_CASE("the export gives the seconds of speech of each card and question") {
  if (!has_espeak()) return;
  const test::TempDir dir;
  REQUIRE(build_with_speech(dir, "c.db").code == 0);
  const Run e = kiosk_db({"export", dir.file("c.db"), "--json", "--lang", "en"});
  REQUIRE(e.code == 0);
  const nlohmann::json json = nlohmann::json::parse(e.out);
  store::LoadResult loaded = store::SqliteLibrary::open(dir.file("c.db"));
  REQUIRE(loaded.library);
  loaded.library->set_language("en");
  const Card card = *loaded.library->card(0);
  double expected = 0;
  for (const std::string& text : {card.title, card.date_label, card.body}) {
    expected += loaded.library->speech("en", text)->seconds;
  }
  if (card.quote) {
    expected += loaded.library->speech("en", card.quote->words)->seconds;
    expected += loaded.library->speech("en", card.quote->speaker)->seconds;
  }
  CHECK(json["cards"][0]["audio_seconds"].get<double>() == doctest::Approx(expected).epsilon(0.01));
  for (const auto& q : json["questions"]) CHECK(q["audio_seconds"].get<double>() > 1);
}
