// What counts as a language code, wherever one is read: the content source, the database, the
// kiosk's settings.
#pragma once

#include <string_view>

namespace kiosk {

// A BCP 47 tag as content files write them ("en", "pt-BR", "es-419"): a letter first, then
// letters, digits and '-'; at most 35 characters, the length RFC 5646 asks every
// implementation to take. Nothing else, so a code is safe to put into SQL or a file name.
bool is_language_code(std::string_view code);

}  // namespace kiosk
