// The kiosk's font files opened with FreeType, for kiosk-db build to ask which characters they
// draw (no SDL in kiosk-db: the kiosk itself opens the same files through SDL_ttf).
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "authoring/showable_text.hpp"

// FreeType's handles, declared so that this header needs none of FreeType's.
struct FT_LibraryRec_;
struct FT_FaceRec_;

namespace kiosk::tool {

// A font folder or file that cannot be used; the message names the path.
class FontError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The folder the kiosk's fonts are taken from without --fonts, as the kiosk looks for them:
// beside the program (PREFIX/bin/kiosk-db -> PREFIX/share/kiosk/fonts; the build tree is laid
// out the same way, see assets/CMakeLists.txt), then the configured install prefix. Throws
// FontError naming every place looked in when none holds both files.
std::string default_fonts_dir();

class FontGlyphs final : public authoring::FontCoverage {
 public:
  // Opens every font the kiosk draws with (the regular and the bold weight) in `dir`. Throws
  // FontError naming the folder or file when one is missing or FreeType cannot read it.
  explicit FontGlyphs(const std::string& dir);

  [[nodiscard]] std::string lacking(char32_t c) const override;

 private:
  struct LibraryDone {
    void operator()(FT_LibraryRec_* library) const;
  };
  struct FaceDone {
    void operator()(FT_FaceRec_* face) const;
  };
  struct Font {
    std::string name;  // the file's name, for messages
    std::unique_ptr<FT_FaceRec_, FaceDone> face;
  };

  // Declared first so that it goes last: every face belongs to it.
  std::unique_ptr<FT_LibraryRec_, LibraryDone> library_;
  std::vector<Font> fonts_;
};

}  // namespace kiosk::tool
