// Language codes as the content source, the database and the settings take them.
#include "core/language_code.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace kiosk;

TEST_CASE("plain BCP 47 tags are language codes") {
  for (const char* code : {"en", "ru", "be", "pt-BR", "es-419", "be-BY"}) {
    CAPTURE(code);
    CHECK(is_language_code(code));
  }
}

TEST_CASE("anything that could break out of SQL or a path is not a language code") {
  for (const char* code : {"", "-en", "1en", "en'; DROP", "ru ", "рус", "en/../x", "e\"n"}) {
    CAPTURE(code);
    CHECK_FALSE(is_language_code(code));
  }
  CHECK_FALSE(is_language_code(std::string(36, 'a')));
}
