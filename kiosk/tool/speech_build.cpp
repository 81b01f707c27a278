// Rendering the speech of a build: draft database, texts, parallel cached rendering.
#include "tool/speech_build.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iomanip>
#include <ostream>

#include "core/content_limits.hpp"
#include "store/sqlite_library.hpp"
#include "tool/recordings.hpp"
#include "tool/speech_render.hpp"
#include "tool/spoken_texts.hpp"

namespace kiosk::tool {

namespace {

// The largest clip stored: half of what the kiosk reads in a row, the rest for its text.
constexpr std::size_t kMostClipBytes = limits::kMaxStoredBytes / 2;

// The content as the kiosk will read it, from a draft of the database (removed at once; the
// open connection keeps reading it): the texts to speak, keyed exactly as the kiosk asks.
std::unique_ptr<store::SqliteLibrary> draft_of(const model::Content& content,
                                               const std::string& output, std::ostream& err) {
  const std::string draft = output + ".speech-draft-" + std::to_string(::getpid());
  try {
    store::write_database(content, draft);
  } catch (const store::StoreError& e) {
    err << "kiosk-db: cannot write a draft for speech: " << e.what() << '\n';
    return nullptr;
  }
  store::LoadResult loaded = store::SqliteLibrary::open(draft, store::CheckDepth::Structure);
  std::remove(draft.c_str());
  if (!loaded.library) {
    err << "kiosk-db: cannot read the draft for speech: " << loaded.report.reason() << '\n';
  }
  return std::move(loaded.library);
}

// Where clips are kept between builds when --speech-cache does not say: the user's cache
// directory, as other build tools keep theirs. "" when there is no home to keep it in.
std::string cache_dir_of(const SpeechOptions& options) {
  if (!options.cache_dir.empty()) return options.cache_dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
    return std::string(xdg) + "/kiosk-db/speech";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::string(home) + "/.cache/kiosk-db/speech";
  }
  return "";
}

// Every spoken text of `built` rendered by the engine into `clips`; false when one cannot be.
bool render_into(ContentLibrary& built, const SpeechOptions& options, const std::string& version,
                 std::vector<store::StoredClip>& clips, std::ostream& out, std::ostream& err) {
  const auto start = std::chrono::steady_clock::now();
  const std::vector<SpokenText> texts = spoken_texts(built);
  const RenderReport report =
      render_all(texts, {options.program, version, cache_dir_of(options), options.threads});
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const SpokenText& t = texts[i];
    if (!report.clips[i]) {
      err << "kiosk-db: " << options.program << " cannot speak this " << t.language << " text: \""
          << t.text.substr(0, 80) << "\"; nothing was written\n";
      return false;
    }
    // A clip must fit in a row the kiosk reads (with its text): a text of thousands of
    // characters would not. It is left out, said, and the rest is stored.
    if (report.clips[i]->ogg_opus.size() > kMostClipBytes) {
      out << "speech: none for this " << t.language << " text: its clip is "
          << report.clips[i]->ogg_opus.size() / 1024 << " KB, more than a row holds: \""
          << t.text.substr(0, 60) << "...\"\n";
      continue;
    }
    clips.push_back({t.language, t.text, *report.clips[i], store::SpeechOrigin::Espeak, ""});
  }
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  out << "speech: " << clips.size() << " clips (" << report.rendered << " rendered by " << version
      << ", " << report.cached << " from the cache) in " << std::fixed << std::setprecision(1)
      << took.count() << " s\n";
  return true;
}

// Whether the engine renders, and if so its version; says once on `out` when it does not.
std::optional<std::string> engine_of(const SpeechOptions& options, std::ostream& out) {
  if (options.mode == SpeechMode::None) {
    out << "speech: none (--no-speech)\n";
    return std::nullopt;
  }
  std::optional<std::string> version = espeak_version(options.program);
  if (!version) {
    out << "speech: none: " << options.program
        << " is not on PATH, so this database has no speech (install espeak-ng to add it)\n";
  }
  return version;
}

}  // namespace

std::optional<std::vector<store::StoredClip>> build_speech(const model::Content& content,
                                                           const std::string& output,
                                                           const SpeechOptions& options,
                                                           std::ostream& out, std::ostream& err) {
  std::vector<store::StoredClip> clips;
  const std::optional<std::string> version = engine_of(options, out);
  if (!version && content.recordings.empty()) return clips;
  const std::unique_ptr<store::SqliteLibrary> built = draft_of(content, output, err);
  if (!built) return std::nullopt;
  if (version && !render_into(*built, options, *version, clips, out, err)) return std::nullopt;
  if (!apply_recordings(content.recordings, *built, clips, err)) return std::nullopt;
  if (!content.recordings.empty()) {
    out << "speech: " << content.recordings.size() << " curator's recordings"
        << (version ? " in place of rendered speech\n" : " (and nothing else spoken)\n");
  }
  return clips;
}

}  // namespace kiosk::tool
