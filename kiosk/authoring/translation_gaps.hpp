// What each language lacks: the generated texts that could not be made whole in it (and why),
// and one warning per language that counts them with the items written without it.
#pragma once

#include <map>
#include <string>
#include <utility>

#include "authoring/diagnostics.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

class TranslationGaps {
 public:
  // Records that `item` ("question 'who:x:value'") has no text in `language` for want of
  // `what` ("entity 'nasa' has no gender in 'ru'"); the first reason given is kept.
  void record(const std::string& language, const std::string& item, const std::string& what);

  // Why `item` has no text in `language`, or "" when nothing was recorded.
  std::string why(const std::string& language, const std::string& item) const;

 private:
  std::map<std::pair<std::string, std::string>, std::string> gaps_;
};

// One warning per language other than the default, at kiosk.toml's `languages`, when it lacks
// anything: how many names, sources, facts, quotes, cards, "sources differ" lines and questions
// have no text in it (the kiosk shows each of them whole in the default language), the first
// few of them and, for generated ones, what they lack. Call it on the finished build.
void report_translation_gaps(const model::Content& content, const TranslationGaps& gaps,
                             Diagnostics& out);

}  // namespace kiosk::authoring
