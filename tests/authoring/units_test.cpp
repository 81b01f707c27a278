// Numbers with their units in the plural form the number takes, as kiosk.toml declares them.
#include <doctest/doctest.h>

#include "authoring/build.hpp"
#include "authoring/local_wording.hpp"
#include "support/support.hpp"

using namespace kiosk;
using namespace kiosk::authoring;

namespace {

const BuildResult& bundled() {
  static const BuildResult r = build_content({test::bundled_content_dir(), "", ""});
  return r;
}

std::string number(double value, const std::string& unit, const std::string& lang,
                   bool approximate = false) {
  static const LocalWording wording(bundled().content);
  const Made made = wording.number(value, unit, approximate, lang);
  REQUIRE_MESSAGE(made.text.has_value(), made.missing);
  return *made.text;
}

struct Expected {
  const char* unit;
  const char* lang;
  const char* forms[5];  // of 1, 2, 5, 11, 21
};

}  // namespace

TEST_CASE("1, 2, 5, 11 and 21 take the right plural of each unit in Russian and Belarusian") {
  REQUIRE(bundled().ok());
  const Expected expected[] = {
      {"hours", "ru", {"1 час", "2 часа", "5 часов", "11 часов", "21 час"}},
      {"hours", "be", {"1 гадзіна", "2 гадзіны", "5 гадзін", "11 гадзін", "21 гадзіна"}},
      {"weeks", "ru", {"1 неделя", "2 недели", "5 недель", "11 недель", "21 неделя"}},
      {"weeks", "be", {"1 тыдзень", "2 тыдні", "5 тыдняў", "11 тыдняў", "21 тыдзень"}},
      {"years", "ru", {"1 год", "2 года", "5 лет", "11 лет", "21 год"}},
      {"years", "be", {"1 год", "2 гады", "5 гадоў", "11 гадоў", "21 год"}},
  };
  const double numbers[] = {1, 2, 5, 11, 21};
  for (const Expected& e : expected) {
    for (std::size_t i = 0; i < 5; ++i) {
      CAPTURE(e.unit);
      CAPTURE(e.lang);
      CHECK(number(numbers[i], e.unit, e.lang) == e.forms[i]);
    }
  }
}

TEST_CASE("a fraction takes the form for fractions, and 'about' is the language's own") {
  CHECK(number(2.5, "hours", "ru") == "2,5 часа");
  CHECK(number(4, "hours", "ru", true) == "около 4 часов");
  CHECK(number(2, "weeks", "be", true) == "каля 2 тыдняў");
  CHECK(number(1, "hours", "en") == "1 hour");
  CHECK(number(4, "hours", "en", true) == "about 4 hours");
}

TEST_CASE("a unit kiosk.toml does not declare reads as written in the default language only") {
  const LocalWording wording(bundled().content);
  CHECK(wording.number(1, "metres", false, "en").text.value_or("") == "1 metre");
  const Made russian = wording.number(3, "metres", false, "ru");
  CHECK_FALSE(russian.text.has_value());
  CHECK(russian.missing == "unit 'metres' has no forms in 'ru' (kiosk.toml [unit.metres])");
}

TEST_CASE("«около» and «каля» take the number in the genitive, and about one is the unit alone") {
  CHECK(number(1, "weeks", "ru", true) == "около недели");
  CHECK(number(1, "weeks", "be", true) == "каля тыдня");
  CHECK(number(1, "hours", "ru", true) == "около часа");
  CHECK(number(2, "weeks", "ru", true) == "около 2 недель");
  CHECK(number(5, "years", "ru", true) == "около 5 лет");
  CHECK(number(21, "weeks", "ru", true) == "около 21 недели");
  CHECK(number(21, "years", "be", true) == "каля 21 года");
  CHECK(number(2.5, "hours", "ru", true) == "около 2,5 часа");
  CHECK(number(2.5, "hours", "be", true) == "каля 2,5 гадзіны");
  // English keeps its numeral: "about 1 week".
  CHECK(number(1, "weeks", "en", true) == "about 1 week");
}
