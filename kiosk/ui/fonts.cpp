// Finding, opening and measuring fonts.
#include "ui/fonts.hpp"

#include <filesystem>
#include <system_error>
#include <vector>

namespace kiosk::ui {
namespace {

constexpr const char* kRegular = "DejaVuSans.ttf";
constexpr const char* kBold = "DejaVuSans-Bold.ttf";

// Beside the program first (PREFIX/bin/kiosk -> PREFIX/share/kiosk/fonts; the build tree is laid
// out the same way, see assets/CMakeLists.txt), then the configured install prefix.
std::vector<std::string> font_dirs() {
  std::vector<std::string> dirs;
  if (char* base = SDL_GetBasePath()) {
    dirs.push_back(std::string(base) + "../share/kiosk/fonts");
    SDL_free(base);
  }
#ifdef KIOSK_INSTALLED_FONTS_DIR
  dirs.emplace_back(KIOSK_INSTALLED_FONTS_DIR);
#endif
  return dirs;
}

FontFiles files_in(const std::string& dir) {
  return {(std::filesystem::path(dir) / kRegular).string(),
          (std::filesystem::path(dir) / kBold).string()};
}

}  // namespace

bool has_fonts(const std::string& dir) {
  std::error_code ec;  // an unreadable folder has no fonts, rather than throwing
  return std::filesystem::exists(std::filesystem::path(dir) / kRegular, ec) &&
         std::filesystem::exists(std::filesystem::path(dir) / kBold, ec);
}

std::string no_fonts_in(const std::string& dir) {
  return "no fonts in '" + dir + "' (it needs " + kRegular + " and " + kBold + ")";
}

FontFiles find_fonts(const std::string& dir) {
  if (!dir.empty()) {
    if (!has_fonts(dir)) {
      throw SdlError(no_fonts_in(dir));
    }
    return files_in(dir);
  }
  std::string looked;
  for (const std::string& d : font_dirs()) {
    if (has_fonts(d)) return files_in(d);
    looked += (looked.empty() ? "" : ", ") + d;
  }
  throw SdlError(std::string("cannot find ") + kRegular + " and " + kBold + " (looked in " +
                 looked + "); give the folder with --fonts");
}

FontSet::FontSet(const FontFiles& files, const Metrics& metrics) {
  for (int r = 0; r < kFontRoleCount; ++r) {
    const auto role = static_cast<FontRole>(r);
    const std::string& file = font_weight(role) == FontWeight::Bold ? files.bold : files.regular;
    TTF_Font* font = TTF_OpenFont(file.c_str(), metrics.font_px(role));
    if (font == nullptr) throw SdlError("cannot open font '" + file + "': " + TTF_GetError());
    TTF_SetFontHinting(font, TTF_HINTING_LIGHT);
    fonts_[index(role)].reset(font);
  }
}

int FontSet::width(FontRole role, std::string_view text) const {
  auto& cache = widths_[index(role)];
  std::string key(text);
  if (const auto it = cache.find(key); it != cache.end()) return it->second;
  int w = 0;
  int h = 0;
  if (TTF_SizeUTF8(font(role), key.c_str(), &w, &h) != 0) w = 0;
  const std::size_t cost = width_cache_cost(key);
  if (width_bytes_ + cost > kWidthCacheBytes) {
    // Emptied, not just cleared: an unordered_map keeps its grown bucket array through clear().
    for (auto& role_widths : widths_) std::unordered_map<std::string, int>().swap(role_widths);
    width_bytes_ = 0;
  }
  cache.emplace(std::move(key), w);
  width_bytes_ += cost;
  return w;
}

int FontSet::line_height(FontRole role) const { return TTF_FontLineSkip(font(role)); }

}  // namespace kiosk::ui
