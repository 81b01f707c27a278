// How each language counts and names itself, as ICU says and the kiosk will show it.
#include "authoring/locale_rules.hpp"

#include <doctest/doctest.h>

using namespace kiosk::authoring;

TEST_CASE("Russian and Belarusian count 1, 2, 5, 11 and 21 with their own plural forms") {
  for (const std::string language : {"ru", "be"}) {
    CAPTURE(language);
    const std::vector<std::string> forms = plural_categories(language, 30);
    REQUIRE(forms.size() == 30);
    CHECK(forms[1] == "one");    // 1 час / 1 гадзіна
    CHECK(forms[2] == "few");    // 2 часа / 2 гадзіны
    CHECK(forms[5] == "many");   // 5 часов / 5 гадзін
    CHECK(forms[11] == "many");  // 11 часов: not "one", though it ends in 1
    CHECK(forms[21] == "one");   // 21 час
    CHECK(forms[0] == "many");
  }
}

TEST_CASE("English has one and other only") {
  const std::vector<std::string> forms = plural_categories("en", 22);
  CHECK(forms[1] == "one");
  for (const int n : {0, 2, 5, 11, 21}) CHECK(forms[static_cast<std::size_t>(n)] == "other");
}

TEST_CASE("a number with a fraction takes the other form in Russian") {
  CHECK(plural_category("ru", 1.5) == "other");
  CHECK(plural_category("ru", 4) == "few");
}

TEST_CASE("each language names itself as its button shows it") {
  CHECK(language_autonym("en") == "English");
  CHECK(language_autonym("ru") == "Русский");
  CHECK(language_autonym("be") == "Беларуская");
}

TEST_CASE("a language ICU does not know is named by its code and counts with other") {
  CHECK(language_autonym("zz") == "zz");
  CHECK(plural_categories("zz", 3) == std::vector<std::string>{"other", "other", "other"});
}
