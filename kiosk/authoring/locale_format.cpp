// Dates, numbers and capital letters by ICU, per language.
#include "authoring/locale_format.hpp"

#include <unicode/dtptngen.h>
#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace kiosk::authoring {
namespace {

constexpr double kMillisPerDay = 86'400'000.0;

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
  // Content dates are calendar days, not instants: read at midnight UTC, in UTC.
  format.setTimeZone(*icu::TimeZone::getGMT());
  const Date first_day{date.year, std::max(1, date.month), std::max(1, date.day),
                       DatePrecision::Day};
  icu::UnicodeString out;
  format.format(static_cast<UDate>(days_since_epoch(first_day)) * kMillisPerDay, out);
  return utf8(out);
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
