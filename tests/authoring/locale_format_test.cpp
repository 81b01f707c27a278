// Dates, numbers and capitals as ICU writes them in each language, English as it always read.
#include "authoring/locale_format.hpp"

#include <doctest/doctest.h>

using namespace kiosk;
using namespace kiosk::authoring;

namespace {

Date day(int y, int m, int d) { return Date{y, m, d, DatePrecision::Day}; }
Date month(int y, int m) { return Date{y, m, 0, DatePrecision::Month}; }

}  // namespace

// ICU puts a narrow no-break space (U+202F) between a year and «г.», so the two never part.
TEST_CASE("Russian and Belarusian day dates are written as ICU writes them") {
  CHECK(format_date_in("ru", day(2024, 4, 11), DateStyle::Full) == "11 апреля 2024\u202Fг.");
  CHECK(format_date_in("be", day(2024, 4, 11), DateStyle::Full) == "11 красавіка 2024\u202Fг.");
  CHECK(format_date_in("ru", day(2024, 4, 6), DateStyle::WithoutYear) == "6 апреля");
  CHECK(format_date_in("be", day(2024, 4, 6), DateStyle::WithoutYear) == "6 красавіка");
  CHECK(format_date_in("ru", day(2022, 12, 24), DateStyle::Short) == "24 дек. 2022\u202Fг.");
  CHECK(format_date_in("ru", day(2024, 1, 29), DateStyle::Full) == "29 января 2024\u202Fг.");
}

TEST_CASE("a month date is the month's own form, capitalised where it starts a label") {
  CHECK(format_date_in("ru", month(2023, 9), DateStyle::Full) == "сентябрь 2023\u202Fг.");
  CHECK(capitalise_first(format_date_in("ru", month(2022, 12), DateStyle::Full), "ru") ==
        "Декабрь 2022\u202Fг.");
  CHECK(format_date_in("ru", month(2023, 9), DateStyle::WithoutYear) == "сентябрь");
  CHECK(format_date_in("ru", Date{2024, 0, 0, DatePrecision::Year}, DateStyle::Full) == "2024");
}

TEST_CASE("a month answers \"when?\" in the prepositional in Russian and Belarusian") {
  CHECK(month_when("ru", month(2023, 9), DateStyle::Full) == "в сентябре 2023 года");
  CHECK(month_when("be", month(2023, 9), DateStyle::Full) == "у верасні 2023 года");
  CHECK(month_when("ru", month(2022, 12), DateStyle::WithoutYear) == "в декабре");
  CHECK(month_when("be", month(2024, 5), DateStyle::Full) == "у траўні 2024 года");
  CHECK(month_when("ru", month(2024, 1), DateStyle::Full) == "в январе 2024 года");
  CHECK_FALSE(month_when("en", month(2023, 9), DateStyle::Full).has_value());
  CHECK_FALSE(month_when("ru", day(2023, 9, 1), DateStyle::Full).has_value());
}

TEST_CASE("Belarusian short months are the standard abbreviations, not three letters") {
  CHECK(format_date_in("be", day(2022, 12, 24), DateStyle::Short) == "24 снеж. 2022");
  CHECK(format_date_in("be", month(2022, 12), DateStyle::Short) == "снеж. 2022");
  CHECK(format_date_in("be", day(2024, 5, 9), DateStyle::Short) == "9 мая 2024");
  CHECK(format_date_in("be", month(2024, 5), DateStyle::Short) == "май 2024");
  CHECK(format_date_in("be", day(2024, 10, 1), DateStyle::Short) == "1 кастр. 2024");
  // The full forms are ICU's own.
  CHECK(format_date_in("be", day(2022, 12, 24), DateStyle::Full) == "24 снежня 2022\u202Fг.");
}

TEST_CASE("English dates read exactly as they always have") {
  for (long days = days_since_epoch(day(2022, 1, 1)); days < days_since_epoch(day(2025, 1, 1));
       days += 7) {
    const Date d = date_from_days(days);
    CAPTURE(to_iso(d));
    CHECK(format_date_in("en", d, DateStyle::Full) == format_date(d));
    CHECK(format_date_in("en", d, DateStyle::WithoutYear) == format_date_without_year(d));
    CHECK(format_date_in("en", d, DateStyle::Short) == format_short_date(d));
  }
  for (int m = 1; m <= 12; ++m) {
    const Date d = month(2023, m);
    CAPTURE(m);
    CHECK(format_date_in("en", d, DateStyle::Full) == format_date(d));
    CHECK(format_date_in("en", d, DateStyle::WithoutYear) == format_date_without_year(d));
    CHECK(format_date_in("en", d, DateStyle::Short) == format_short_date(d));
  }
  CHECK(format_date_in("en", Date{2024, 0, 0, DatePrecision::Year}, DateStyle::Short) == "2024");
}

TEST_CASE("numbers are written as each language writes them, without grouping") {
  CHECK(format_number_in("ru", 2.5) == "2,5");
  CHECK(format_number_in("be", 2.5) == "2,5");
  CHECK(format_number_in("en", 2.5) == "2.5");
  CHECK(format_number_in("en", 4) == "4");
  CHECK(format_number_in("en", 1000) == "1000");
  CHECK(format_number_in("ru", 1000) == "1000");
}

TEST_CASE("the first letter of a Russian or Belarusian answer becomes a capital") {
  CHECK(capitalise_first("примерно 4 часа", "ru") == "Примерно 4 часа");
  CHECK(capitalise_first("прыкладна 2 тыдні", "be") == "Прыкладна 2 тыдні");
  CHECK(capitalise_first("переговоры в Минске", "ru") == "Переговоры в Минске");
  CHECK(capitalise_first("«Союз МС-25»", "ru") == "«Союз МС-25»");
  CHECK(capitalise_first("about 4 hours", "en") == "About 4 hours");
  CHECK(capitalise_first("", "ru").empty());
}
