// The speech table: clips read one at a time by language and text, and decoded by the check.
#include <doctest/doctest.h>

#include "store/ogg_opus.hpp"
#include "store/speech_support.hpp"
#include "store/sqlite_library.hpp"
#include "store/store_support.hpp"

using namespace kiosk;

TEST_CASE("a clip is found by its language and exact text, and by nothing else") {
  const test::TempDir dir;
  const model::Content content = test::write_fixture_db_with_speech(dir.file("c.db"));
  const std::string title = content.cards.front().title.at("en");
  store::LoadResult loaded = store::SqliteLibrary::open(dir.file("c.db"));
  REQUIRE(loaded.library);
  const std::optional<SpeechClip> clip = loaded.library->speech("en", title);
  REQUIRE(clip);
  CHECK(clip->seconds == doctest::Approx(1.5));
  CHECK(clip->ogg_opus == test::tone_clip(1.5).ogg_opus);
  CHECK_FALSE(loaded.library->speech("ru", title));
  CHECK_FALSE(loaded.library->speech("en", title + " "));
  CHECK_FALSE(loaded.library->speech("en", ""));
  CHECK(loaded.library->speaks("en", title));
  CHECK_FALSE(loaded.library->speaks("ru", title));
  CHECK_FALSE(loaded.library->speaks("en", title + " "));
  // Asked again: the prepared query is reused.
  CHECK(loaded.library->speech("en", title)->ogg_opus == clip->ogg_opus);
}

TEST_CASE("a file without speech has no clip and nothing to decode") {
  const test::TempDir dir;
  test::write_fixture_db(dir.file("c.db"));
  store::LoadResult loaded = store::SqliteLibrary::open(dir.file("c.db"));
  REQUIRE(loaded.library);
  CHECK_FALSE(loaded.library->speech("en", loaded.library->card(0)->title));
  CHECK(store::check_speech(dir.file("c.db")).empty());
  CHECK(store::speech_clip_count(dir.file("c.db")) == 0);
}

TEST_CASE("decoding measures a good clip and names what is wrong with a bad one") {
  const SpeechClip tone = test::tone_clip(2.0);
  const store::ClipDecode good = store::decode_ogg_opus(tone.ogg_opus);
  CHECK(good.problem.empty());
  CHECK(good.seconds == doctest::Approx(2.0).epsilon(0.02));
  const std::vector<std::uint8_t> text{'n', 'o', 't', ' ', 'o', 'g', 'g'};
  CHECK(store::decode_ogg_opus(text).problem.find("not an Ogg Opus stream") == 0);
  CHECK_FALSE(store::decode_ogg_opus({}).problem.empty());
}

TEST_CASE("a clip cut short is named as cut short, though what is left of it plays") {
  const SpeechClip tone = test::tone_clip(2.0);
  const auto first = [&](std::size_t bytes) {
    return std::vector<std::uint8_t>(tone.ogg_opus.begin(),
                                     tone.ogg_opus.begin() + static_cast<std::ptrdiff_t>(bytes));
  };
  CHECK(store::decode_ogg_opus(first(tone.ogg_opus.size() - 1)).problem ==
        "cut short: the stream stops before its last page");
  CHECK_FALSE(store::decode_ogg_opus(first(tone.ogg_opus.size() / 2)).problem.empty());
}

TEST_CASE("check_speech names the language and text of a clip that does not decode") {
  const test::TempDir dir;
  const model::Content content = test::write_fixture_db_with_speech(dir.file("c.db"));
  test::run_sql_and_seal(dir.file("c.db"), "UPDATE speech SET ogg_opus = x'4f676753000000'");
  CHECK(store::check_file(dir.file("c.db")).usable());
  const std::vector<std::string> problems = store::check_speech(dir.file("c.db"));
  REQUIRE(problems.size() == 1);
  CHECK(problems.front() == "speech en \"" + content.cards.front().title.at("en") +
                                "\": not an Ogg Opus stream (libopusfile error -132)");
}
