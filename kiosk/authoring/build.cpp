// The content build pipeline.
#include "authoring/build.hpp"

#include <array>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "authoring/balance.hpp"
#include "authoring/derived_text.hpp"
#include "authoring/generate.hpp"
#include "authoring/loader.hpp"
#include "authoring/locale_rules.hpp"
#include "authoring/provenance.hpp"
#include "authoring/text_limits.hpp"
#include "authoring/translation_gaps.hpp"
#include "authoring/validate.hpp"

namespace kiosk::authoring {

std::string build_timestamp() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    now = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  }
  std::tm utc{};
  gmtime_r(&now, &utc);
  std::array<char, 32> text{};
  std::strftime(text.data(), text.size(), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text.data();
}

namespace {

std::string review_path(const BuildOptions& options) {
  return (std::filesystem::path(options.source_dir) / kReviewFileName).string();
}

// Reads review.toml beside the source; a verdict must name a question that is generated.
void read_reviews(const BuildOptions& options, BuildResult& result) {
  result.reviews = read_review_file(review_path(options), result.content.meta.default_language,
                                    result.diagnostics);
  check_review_ids(result.reviews, result.content, result.diagnostics);
}

// Keeps out what the verdicts do not let through, then balances what is left again (a bank
// that was balanced may not be once questions are left out).
void apply_verdicts(const BuildOptions& options, BuildResult& result) {
  if (result.diagnostics.has_errors() || options.approval == Approval::NotApplied) return;
  result.left_out = apply_reviews(result.content, result.reviews, options.approval);
  if (!result.left_out.empty()) balance_bank(result.content, result.diagnostics);
}

// What the kiosk needs to know of each language and cannot work out itself without ICU: how
// it counts, and what it calls itself on its button.
void describe_languages(model::Content& c) {
  for (const std::string& language : c.meta.languages) {
    c.interface.plural_of_count[language] = plural_categories(language);
    c.interface.language_names[language] = language_autonym(language);
  }
}

}  // namespace

BuildResult build_content(const BuildOptions& options) {
  BuildResult result;
  result.content = load_content(options.source_dir, result.diagnostics);
  if (result.diagnostics.has_errors()) return result;
  validate(result.content, result.diagnostics);
  if (result.diagnostics.has_errors()) return result;
  describe_languages(result.content);
  if (!options.documents_dir.empty()) {
    check_evidence(result.content, options.documents_dir, result.diagnostics);
  }
  derive_provenance(result.content, result.diagnostics);
  TranslationGaps gaps;
  derive_texts(result.content, gaps, result.diagnostics);
  generate_questions(result.content, gaps, result.diagnostics);
  read_reviews(options, result);
  // The bank a curator reviews is the balanced one; the verdicts apply to it.
  balance_bank(result.content, result.diagnostics);
  apply_verdicts(options, result);
  if (result.content.cards.empty()) {
    result.diagnostics.error(options.source_dir + "/cards.toml", 0, "there are no cards");
  }
  if (result.content.questions.empty() && !result.left_out.empty()) {
    result.diagnostics.error(review_path(options), 0,
                             "no question is approved: all " +
                                 std::to_string(result.left_out.size()) +
                                 " were left out (kiosk-db review lists them)");
  } else if (result.content.questions.empty()) {
    result.diagnostics.error(options.source_dir + "/facts.toml", 0,
                             "no question could be generated from the facts and quotes");
  }
  // Last: text made from several items (a question from a relation's template and the names it
  // fills in) can be too long even when each item is within its limits.
  check_text_limits(result.content, options.fonts, result.diagnostics);
  check_showable_interface(result.content, options.fonts, result.diagnostics);
  report_translation_gaps(result.content, gaps, result.diagnostics);
  result.content.meta.build_time =
      options.build_time.empty() ? build_timestamp() : options.build_time;
  return result;
}

}  // namespace kiosk::authoring
