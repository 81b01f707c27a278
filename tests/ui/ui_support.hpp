// Running the whole front end headless, in-process, and reading its screenshots.
#pragma once

#include <doctest/doctest.h>

#include <SDL.h>
#include <SDL_image.h>

#include <sstream>
#include <string>
#include <vector>

#include "core/theme.hpp"
#include "store/sqlite_library.hpp"
#include "support/memory_content.hpp"
#include "support/support.hpp"
#include "ui/app.hpp"

namespace kiosk::test {

struct AppRun {
  ui::AppExit exit = ui::AppExit::Ok;
  std::vector<std::string> trace;
  std::string err;

  bool traced(const std::string& line) const {
    return std::find(trace.begin(), trace.end(), line) != trace.end();
  }
};

inline ui::AppOptions headless_options(Size size = {800, 480}) {
  ui::AppOptions o;
  o.video.mode = ui::DisplayMode::Headless;
  o.video.size = size;
  o.clock = ui::ClockMode::Simulated;
  o.trace = true;
  o.seed = 42;
  return o;
}

// Runs `script` (its text) with `options` on `content`.
inline AppRun run_script(const std::string& script, ContentProvider& content,
                         ui::AppOptions options = headless_options()) {
  TempDir dir;
  write_text(dir.file("visit.script"), script);
  options.script_path = dir.file("visit.script");
  std::ostringstream out;
  std::ostringstream err;
  AppRun run;
  run.exit = ui::run_app(options, content, out, err);
  std::istringstream lines(out.str());
  for (std::string line; std::getline(lines, line);) run.trace.push_back(line);
  run.err = err.str();
  return run;
}

// Number of pixels of exactly `colour` (in the palette of `contrast`) in the PNG at `path`.
inline long count_pixels(const std::string& path, Colour colour,
                         Contrast contrast = Contrast::Standard) {
  SDL_Surface* loaded = IMG_Load(path.c_str());
  REQUIRE_MESSAGE(loaded != nullptr, IMG_GetError());
  SDL_Surface* pixels = SDL_ConvertSurfaceFormat(loaded, SDL_PIXELFORMAT_RGBA32, 0);
  SDL_FreeSurface(loaded);
  REQUIRE(pixels != nullptr);
  const Rgba want = rgba(colour, contrast);
  long count = 0;
  for (int y = 0; y < pixels->h; ++y) {
    const auto* row = static_cast<const Uint8*>(pixels->pixels) + y * pixels->pitch;
    for (int x = 0; x < pixels->w; ++x) {
      const Uint8* p = row + x * 4;
      if (p[0] == want.r && p[1] == want.g && p[2] == want.b) ++count;
    }
  }
  SDL_FreeSurface(pixels);
  return count;
}

// The bundled database, read through the real store.
inline std::unique_ptr<ContentLibrary> open_bundled() {
  return store::SqliteLibrary::open(KIOSK_BUNDLED_DB).library;
}

// Content whose right answers all read "The right one", so a script can press them.
inline MemoryLibrary answerable_library(int questions = 8) {
  MemoryLibrary base = sample_library(questions, 3);
  std::vector<Question> qs;
  for (int i = 0; i < base.question_count(); ++i) {
    Question q = *base.question(i);
    q.choices[0].text = "The right one";
    q.choices.pop_back();  // three wrong answers: all of them are shown
    qs.push_back(q);
  }
  std::vector<Card> cards;
  for (int i = 0; i < base.card_count(); ++i) cards.push_back(*base.card(i));
  std::vector<std::string> highlights;
  for (int i = 0; i < base.highlight_count(); ++i) highlights.push_back(*base.highlight(i));
  return MemoryLibrary(base.meta(), cards, qs, highlights);
}

}  // namespace kiosk::test
