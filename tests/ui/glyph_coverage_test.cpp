// The bundled font has a glyph for every character the kiosk can show: every text of the
// bundled content in every language, the kiosk's own words, and the letters Russian and
// Belarusian need.
#include <doctest/doctest.h>

#include <SDL_ttf.h>

#include <set>

#include "core/ui_text.hpp"
#include "store/open.hpp"
#include "ui/fonts.hpp"
#include "ui_support.hpp"

using namespace kiosk;

namespace {

// The code points of UTF-8 `text` (the content is checked to be valid UTF-8).
std::set<char32_t> code_points(std::string_view text) {
  std::set<char32_t> out;
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    const int length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : 4;
    char32_t c = length == 1 ? b : (b & (0xFF >> (length + 1)));
    for (int k = 1; k < length && i + k < text.size(); ++k) {
      c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    out.insert(c);
    i += static_cast<std::size_t>(length);
  }
  return out;
}

// Every text column of every visitor-text table of the database at `path`.
std::set<char32_t> characters_of_database(const std::string& path) {
  const store::DatabaseHandle db = store::open_untrusted(path);
  std::set<char32_t> all;
  store::Statement tables(db.get(), "SELECT name FROM sqlite_schema WHERE type = 'table'");
  while (tables.step()) {
    const std::string table = tables.text(0);
    if (!table.ends_with("_text") && table != "card_difference") continue;
    store::Statement columns(db.get(), "SELECT name, type FROM pragma_table_info(?1)");
    columns.bind(1, std::string_view(table));
    while (columns.step()) {
      if (columns.text(1) != "TEXT" || columns.text(0) == "lang") continue;
      store::Statement rows(db.get(), "SELECT \"" + columns.text(0) + "\" FROM \"" + table + "\"");
      while (rows.step()) all.merge(code_points(rows.text(0)));
    }
  }
  return all;
}

std::string hex(char32_t c) {
  static const char* const digits = "0123456789ABCDEF";
  std::string out = "U+";
  for (int shift = 16; shift >= 0; shift -= 4) out += digits[(c >> shift) & 0xF];
  return out;
}

}  // namespace

TEST_CASE("the bundled font draws every character of the content, the interface and Cyrillic") {
  REQUIRE(TTF_Init() == 0);
  std::set<char32_t> needed = characters_of_database(KIOSK_BUNDLED_DB);
  for (const UiEntry& e : kUiEntries) {
    needed.merge(code_points(e.english));
    needed.merge(code_points(e.english_one));
  }
  // What Russian and Belarusian text needs, whether or not the content has it yet.
  needed.merge(code_points(
      "АБВГДЕЁЖЗИЙКЛМНОПРСТУЎФХЦЧШЩЪЫЬЭЮЯІабвгдеёжзийклмнопрстуўфхцчшщъыьэюяі«»„“”№’–—…‹›✓✗·"));
  const ui::FontFiles files = ui::find_fonts("");
  for (const std::string& file : {files.regular, files.bold}) {
    TTF_Font* font = TTF_OpenFont(file.c_str(), 24);
    REQUIRE_MESSAGE(font != nullptr, TTF_GetError());
    std::string missing;
    for (const char32_t c : needed) {
      if (c >= 0x20 && TTF_GlyphIsProvided32(font, c) == 0) missing += hex(c) + " ";
    }
    CHECK_MESSAGE(missing.empty(), file << " lacks " << missing);
    CHECK(needed.size() > 150);
    TTF_CloseFont(font);
  }
  TTF_Quit();
}
