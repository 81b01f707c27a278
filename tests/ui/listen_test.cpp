// Listen and Read aloud, heard through SDL's disk audio driver: what the kiosk plays is
// written to a file, 48 kHz mono 16-bit samples, in real time.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <vector>

#include "support/opus_clip.hpp"
#include "ui_support.hpp"

namespace kiosk {
namespace {

constexpr int kRate = 48000;

struct Heard {
  test::AppRun run;
  std::vector<std::int16_t> samples;

  // Samples from the first audible one to the last: how long something was heard.
  long audible_span() const {
    long first = -1;
    long last = -1;
    for (std::size_t i = 0; i < samples.size(); ++i) {
      if (std::abs(samples[i]) < 300) continue;
      if (first < 0) first = static_cast<long>(i);
      last = static_cast<long>(i);
    }
    return first < 0 ? 0 : last - first + 1;
  }
  long count(const std::string& line) const {
    return std::count(run.trace.begin(), run.trace.end(), line);
  }
};

// Runs `script` on `library` in real time with the audio `driver` (writing to a file when
// "disk"), F9 as listen_key, at `volume`.
Heard hear(const std::string& script, const MemoryLibrary& library, const char* driver = "disk",
           int volume = 100) {
  test::TempDir dir;
  const std::string file = dir.file("speech.raw");
  setenv("SDL_AUDIODRIVER", driver, 1);
  setenv("SDL_DISKAUDIOFILE", file.c_str(), 1);
  ui::AppOptions options = test::headless_options();
  options.clock = ui::ClockMode::RealTime;
  options.transition_ms = 0;
  options.listen_key = "f9";
  options.volume = volume;
  test::MemoryContent content(library);
  Heard heard{test::run_script(script, content, options), {}};
  unsetenv("SDL_AUDIODRIVER");
  unsetenv("SDL_DISKAUDIOFILE");
  std::ifstream in(file, std::ios::binary);
  for (std::int16_t sample = 0; in.read(reinterpret_cast<char*>(&sample), 2);) {
    heard.samples.push_back(sample);
  }
  return heard;
}

// The sample content with a one-second tone as the first card's title.
MemoryLibrary with_title_speech() {
  MemoryLibrary library = test::sample_library();
  library.add_speech("en", library.card(0)->title, test::tone_clip(1.0));
  return library;
}

const std::string kToCard = "press Touch to begin\npress Briefings\n";

}  // namespace

TEST_CASE("Listen on a card plays its clip, as long as the clip, and Listen shows ready again") {
  const Heard h = hear(kToCard + "press \u25B6\u00A0Listen\nwait 1600\n", with_title_speech());
  REQUIRE(h.run.exit == ui::AppExit::Ok);
  CHECK(h.run.err.empty());
  CHECK(h.run.traced("listen start card1"));
  CHECK(h.run.traced("listen done"));
  CHECK(h.audible_span() > kRate * 9 / 10);
  CHECK(h.audible_span() < kRate * 11 / 10);
}

TEST_CASE("a second touch of Listen stops the speech early, with a fade and no more after") {
  const Heard h = hear(kToCard + "key F9\nwait 400\nkey F9\nwait 1000\n", with_title_speech());
  REQUIRE(h.run.exit == ui::AppExit::Ok);
  CHECK(h.count("listen start card1") == 1);
  CHECK(h.run.traced("listen stop"));
  CHECK_FALSE(h.run.traced("listen done"));
  CHECK(h.audible_span() > kRate / 5);
  CHECK(h.audible_span() < kRate * 8 / 10);
}

TEST_CASE("leaving the screen stops its speech") {
  const Heard h =
      hear(kToCard + "key F9\nwait 300\npress Next \u203A\nwait 1000\n", with_title_speech());
  REQUIRE(h.run.exit == ui::AppExit::Ok);
  CHECK(h.run.traced("listen start card1"));
  CHECK(h.run.traced("listen stop"));
  CHECK(h.audible_span() < kRate * 8 / 10);
}

TEST_CASE("Read aloud speaks each new screen by itself until the visit ends") {
  MemoryLibrary library = with_title_speech();
  library.add_speech("en", library.card(1)->title, test::tone_clip(0.3));
  const Heard h = hear(
      "press Touch to begin\npress Aa\npress Read aloud\npress Done\n"
      "press Briefings\nwait 1200\npress Next \u203A\nwait 600\n",
      library);
  REQUIRE(h.run.exit == ui::AppExit::Ok);
  CHECK(h.run.traced("setting read-aloud on"));
  CHECK(h.run.traced("listen start card1"));
  CHECK(h.run.traced("listen start card2"));
  CHECK(h.count("listen done") == 2);
}

TEST_CASE("a clip that does not decode is skipped with a clear message, and the next plays") {
  MemoryLibrary library = with_title_speech();
  const Card card = *library.card(0);
  library.add_speech("en", card.title, SpeechClip{{'n', 'o', 't', ' ', 'o', 'p', 'u', 's'}, 1});
  library.add_speech("en", card.body, test::tone_clip(0.5));
  const Heard h = hear(kToCard + "key F9\nwait 900\n", library);
  REQUIRE(h.run.exit == ui::AppExit::Ok);
  CHECK(h.run.err.find("the speech of \"Card 1\" (en) cannot be played, skipped") !=
        std::string::npos);
  CHECK(h.run.traced("listen start card1"));
  CHECK(h.audible_span() > kRate * 4 / 10);
}

TEST_CASE("a screen without speech has no Listen button, and the listen key does nothing") {
  const Heard h =
      hear(kToCard + "key F9\nwait 100\npress \u25B6\u00A0Listen\n", test::sample_library());
  CHECK(h.run.exit == ui::AppExit::ScriptFailed);
  CHECK(h.run.err.find("no button '\u25B6\u00A0Listen'") != std::string::npos);
  CHECK(h.count("listen start card1") == 0);
  CHECK(h.audible_span() == 0);
}

TEST_CASE("volume 0 hides Listen") {
  const Heard h = hear(kToCard + "press \u25B6\u00A0Listen\n", with_title_speech(), "disk", 0);
  CHECK(h.run.exit == ui::AppExit::ScriptFailed);
  CHECK(h.audible_span() == 0);
}

TEST_CASE("without a sound device the kiosk runs on silently, hides Listen and says so once") {
  const Heard h = hear(kToCard + "key F9\npress Next \u203A\nkey ctrl+alt+s\n", with_title_speech(),
                       "no-such-driver");
  CHECK(h.run.exit == ui::AppExit::Ok);
  CHECK(h.count("listen start card1") == 0);
  const std::string said = "kiosk: speech is silent: no sound device";
  const auto first = h.run.err.find(said);
  CHECK(first != std::string::npos);
  CHECK(h.run.err.find(said, first + 1) == std::string::npos);
  const auto noted = std::find_if(h.run.trace.begin(), h.run.trace.end(), [](const auto& line) {
    return line.starts_with("staff row Speech silent: no sound device");
  });
  CHECK(noted != h.run.trace.end());
}

}  // namespace kiosk
