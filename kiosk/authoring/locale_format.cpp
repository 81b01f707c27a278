// Dates, numbers and capital letters by ICU, per language.
#include "authoring/locale_format.hpp"

#include <unicode/dtfmtsym.h>
#include <unicode/dtptngen.h>
#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <memory>
#include <string_view>

namespace kiosk::authoring {
namespace {

constexpr double kMillisPerDay = 86'400'000.0;

using Months = std::array<std::string_view, 12>;

// Belarusian months shortened as Belarusian writes them (ICU 72 cuts them to three letters:
// «сне», «кас»); May is not shortened, and reads «мая» after a day, «май» alone.
constexpr Months kBelarusianShortAfterDay = {"студз.", "лют.", "сак.", "крас.",  "мая",   "чэрв.",
                                             "ліп.",   "жн.",  "вер.", "кастр.", "ліст.", "снеж."};
constexpr Months kBelarusianShortAlone = {"студз.", "лют.", "сак.", "крас.",  "май",   "чэрв.",
                                          "ліп.",   "жн.",  "вер.", "кастр.", "ліст.", "снеж."};

// "in September": the month in the prepositional, with its preposition.
constexpr Months kRussianInMonth = {"в январе",   "в феврале", "в марте",  "в апреле",
                                    "в мае",      "в июне",    "в июле",   "в августе",
                                    "в сентябре", "в октябре", "в ноябре", "в декабре"};
constexpr Months kBelarusianInMonth = {"у студзені", "у лютым",       "у сакавіку",   "у красавіку",
                                       "у траўні",   "у чэрвені",     "у ліпені",     "у жніўні",
                                       "у верасні",  "у кастрычніку", "у лістападзе", "у снежні"};

icu::UnicodeString unicode(const Months& months, std::size_t i) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(months[i].data(), static_cast<std::int32_t>(months[i].size())));
}

// Gives `format` the standard Belarusian short months, in both of ICU's contexts.
void use_belarusian_short_months(icu::SimpleDateFormat& format) {
  UErrorCode status = U_ZERO_ERROR;
  auto symbols = std::make_unique<icu::DateFormatSymbols>(icu::Locale("be"), status);
  if (U_FAILURE(status)) return;
  std::array<icu::UnicodeString, 12> after_day;
  std::array<icu::UnicodeString, 12> alone;
  for (std::size_t i = 0; i < 12; ++i) {
    after_day[i] = unicode(kBelarusianShortAfterDay, i);
    alone[i] = unicode(kBelarusianShortAlone, i);
  }
  symbols->setMonths(after_day.data(), 12, icu::DateFormatSymbols::FORMAT,
                     icu::DateFormatSymbols::ABBREVIATED);
  symbols->setMonths(alone.data(), 12, icu::DateFormatSymbols::STANDALONE,
                     icu::DateFormatSymbols::ABBREVIATED);
  format.adoptDateFormatSymbols(symbols.release());
}

std::string utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

const char* skeleton(DatePrecision precision, DateStyle style) {
  switch (precision) {
    case DatePrecision::Year: return "y";
    case DatePrecision::Month:
      switch (style) {
        case DateStyle::Full: return "yMMMM";
        case DateStyle::WithoutYear: return "MMMM";
        case DateStyle::Short: return "yMMM";
      }
      break;
    case DatePrecision::Day:
      switch (style) {
        case DateStyle::Full: return "yMMMMd";
        case DateStyle::WithoutYear: return "MMMMd";
        case DateStyle::Short: return "yMMMd";
      }
      break;
  }
  return "yMMMMd";
}

// ICU's pattern for `skeleton` in `language`, worked out once per pair: a pattern generator
// takes a while to make, and a build formats hundreds of dates.
icu::UnicodeString pattern_for(const std::string& language, const char* skeleton) {
  thread_local std::map<std::string, icu::UnicodeString> patterns;
  const std::string key = language + "|" + skeleton;
  if (const auto found = patterns.find(key); found != patterns.end()) return found->second;
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::DateTimePatternGenerator> generator(
      icu::DateTimePatternGenerator::createInstance(icu::Locale(language.c_str()), status));
  icu::UnicodeString pattern(skeleton);
  if (U_SUCCESS(status)) {
    const icu::UnicodeString best = generator->getBestPattern(pattern, status);
    if (U_SUCCESS(status)) pattern = best;
  }
  return patterns.emplace(key, pattern).first->second;
}

}  // namespace

std::string format_date_in(const std::string& language, const Date& date, DateStyle style) {
  const icu::Locale locale(language.c_str());
  UErrorCode status = U_ZERO_ERROR;
  icu::SimpleDateFormat format(pattern_for(language, skeleton(date.precision, style)), locale,
                               status);
  if (U_FAILURE(status)) return to_iso(date);
  if (style == DateStyle::Short && language == "be") use_belarusian_short_months(format);
  // Content dates are calendar days, not instants: read at midnight UTC, in UTC.
  format.setTimeZone(*icu::TimeZone::getGMT());
  const Date first_day{date.year, std::max(1, date.month), std::max(1, date.day),
                       DatePrecision::Day};
  icu::UnicodeString out;
  format.format(static_cast<UDate>(days_since_epoch(first_day)) * kMillisPerDay, out);
  return utf8(out);
}

std::optional<std::string> month_when(const std::string& language, const Date& date,
                                      DateStyle style) {
  if (date.precision != DatePrecision::Month || date.month < 1 || date.month > 12) {
    return std::nullopt;
  }
  const Months* months = language == "ru"   ? &kRussianInMonth
                         : language == "be" ? &kBelarusianInMonth
                                            : nullptr;
  if (months == nullptr) return std::nullopt;
  std::string text((*months)[static_cast<std::size_t>(date.month - 1)]);
  if (style != DateStyle::WithoutYear) text += " " + std::to_string(date.year) + " года";
  return text;
}

std::string format_number_in(const std::string& language, double value) {
  using icu::number::NumberFormatter;
  using icu::number::Precision;
  const bool whole = std::fabs(value - std::round(value)) < 1e-9;
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString text =
      NumberFormatter::withLocale(icu::Locale(language.c_str()))
          .grouping(UNUM_GROUPING_OFF)
          .precision(whole ? Precision::integer() : Precision::maxSignificantDigits(6))
          .formatDouble(value, status)
          .toString(status);
  return U_SUCCESS(status) ? utf8(text) : std::to_string(value);
}

std::string capitalise_first(const std::string& text, const std::string& language) {
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  if (unicode.isEmpty()) return text;
  const std::int32_t length = unicode.moveIndex32(0, 1);
  icu::UnicodeString first(unicode, 0, length);
  unicode.replace(0, length, first.toUpper(icu::Locale(language.c_str())));
  return utf8(unicode);
}

}  // namespace kiosk::authoring
