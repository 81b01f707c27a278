// Opening the kiosk's fonts with FreeType and looking up glyphs in their character maps.
#include "tool/font_glyphs.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <array>
#include <filesystem>
#include <system_error>

namespace kiosk::tool {
namespace {

// The files the kiosk draws with (ui/fonts.cpp opens the same two).
constexpr std::array<const char*, 2> kFontFiles{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"};

bool has_fonts(const std::filesystem::path& dir) {
  std::error_code ec;  // an unreadable folder has no fonts, rather than throwing
  for (const char* name : kFontFiles) {
    if (!std::filesystem::is_regular_file(dir / name, ec)) return false;
  }
  return true;
}

// "error 2 (unknown file format)" where FreeType was built with its messages, else "error 2".
std::string freetype_error(FT_Error error) {
  std::string text = "FreeType error " + std::to_string(error);
  if (const char* message = FT_Error_String(error)) text += std::string(" (") + message + ")";
  return text;
}

}  // namespace

std::string default_fonts_dir() {
  std::vector<std::filesystem::path> dirs;
  std::error_code ec;  // without /proc, only the install prefix is looked in
  const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) dirs.push_back(program.parent_path() / ".." / "share" / "kiosk" / "fonts");
#ifdef KIOSK_INSTALLED_FONTS_DIR
  dirs.emplace_back(KIOSK_INSTALLED_FONTS_DIR);
#endif
  std::string looked;
  for (const std::filesystem::path& dir : dirs) {
    if (has_fonts(dir)) return dir.lexically_normal().string();
    looked += (looked.empty() ? "" : ", ") + dir.lexically_normal().string();
  }
  throw FontError(std::string("cannot find the kiosk's fonts ") + kFontFiles[0] + " and " +
                  kFontFiles[1] + " (looked in " + looked + "); give their folder with --fonts");
}

void FontGlyphs::LibraryDone::operator()(FT_LibraryRec_* library) const {
  FT_Done_FreeType(library);
}

void FontGlyphs::FaceDone::operator()(FT_FaceRec_* face) const { FT_Done_Face(face); }

FontGlyphs::FontGlyphs(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    throw FontError("no fonts folder '" + dir + "' (it must hold " + kFontFiles[0] + " and " +
                    kFontFiles[1] + ")");
  }
  FT_Library library = nullptr;
  if (const FT_Error error = FT_Init_FreeType(&library); error != 0) {
    throw FontError("cannot start FreeType: " + freetype_error(error));
  }
  library_.reset(library);
  for (const char* name : kFontFiles) {
    const std::string path = (std::filesystem::path(dir) / name).string();
    if (!std::filesystem::is_regular_file(path, ec)) {
      throw FontError("no font '" + path + "' (the kiosk draws with it)");
    }
    FT_Face face = nullptr;
    if (const FT_Error error = FT_New_Face(library_.get(), path.c_str(), 0, &face); error != 0) {
      throw FontError("cannot read font '" + path + "': " + freetype_error(error));
    }
    fonts_.push_back({name, std::unique_ptr<FT_FaceRec_, FaceDone>(face)});
    // FreeType selects a Unicode character map when the font has one; without it no character
    // could be looked up.
    if (face->charmap == nullptr || face->charmap->encoding != FT_ENCODING_UNICODE) {
      throw FontError("font '" + path + "' has no Unicode character map");
    }
  }
}

std::string FontGlyphs::lacking(char32_t c) const {
  std::string names;
  for (const Font& font : fonts_) {
    if (FT_Get_Char_Index(font.face.get(), static_cast<FT_ULong>(c)) != 0) continue;
    names += (names.empty() ? "" : " and ") + font.name;
  }
  return names;
}

}  // namespace kiosk::tool
