// What ICU knows of each language that the builder needs: how it counts and what it calls
// itself.
#include "authoring/locale_rules.hpp"

#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string_view>

namespace kiosk::authoring {
namespace {

std::unique_ptr<icu::PluralRules> rules_for(const std::string& language) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::PluralRules> rules(
      icu::PluralRules::forLocale(icu::Locale(language.c_str()), status));
  if (U_FAILURE(status)) return nullptr;
  return rules;
}

std::string utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

std::vector<std::string> plural_categories(const std::string& language, int n) {
  const std::unique_ptr<icu::PluralRules> rules = rules_for(language);
  std::vector<std::string> out;
  for (int count = 0; count < n; ++count) {
    out.push_back(rules ? utf8(rules->select(static_cast<std::int32_t>(count))) : "other");
  }
  return out;
}

std::string plural_category(const std::string& language, double number) {
  const std::unique_ptr<icu::PluralRules> rules = rules_for(language);
  return rules ? utf8(rules->select(number)) : "other";
}

namespace {

constexpr std::array<std::string_view, 6> kCategories{"zero", "one", "two", "few", "many", "other"};

}  // namespace

std::vector<std::string> plural_categories_used(const std::string& language) {
  const std::unique_ptr<icu::PluralRules> rules = rules_for(language);
  std::vector<std::string> used;
  for (const std::string_view category : kCategories) {
    const std::string name(category);
    if (category == "other" || (rules && rules->isKeyword(icu::UnicodeString(name.c_str())))) {
      used.push_back(name);
    }
  }
  return used;
}

bool is_plural_category(const std::string& name) {
  return std::find(kCategories.begin(), kCategories.end(), name) != kCategories.end();
}

std::string language_name_in_english(const std::string& language) {
  icu::UnicodeString name;
  icu::Locale(language.c_str()).getDisplayLanguage(icu::Locale::getEnglish(), name);
  return name.isEmpty() ? language : utf8(name);
}

std::string language_autonym(const std::string& language) {
  const icu::Locale locale(language.c_str());
  icu::UnicodeString name;
  locale.getDisplayLanguage(locale, name);
  // ICU answers with the code itself when it has no name for the language.
  if (name.isEmpty() || utf8(name) == language) return language;
  // Names are lower-case in running text in Russian and Belarusian; a button starts a sentence.
  icu::UnicodeString first(name, 0, name.moveIndex32(0, 1));
  name.replace(0, first.length(), first.toUpper(locale));
  return utf8(name);
}

}  // namespace kiosk::authoring
