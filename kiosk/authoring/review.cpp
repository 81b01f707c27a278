// review.toml: a curator's verdicts on questions, their fingerprints, and their use in a build.
#include "authoring/review.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "authoring/toml_reader.hpp"
#include "core/checksum.hpp"
#include "core/language_code.hpp"
#include "core/utf8.hpp"

namespace kiosk::authoring {
namespace {

constexpr std::string_view kApproved = "approved";
constexpr std::string_view kRejected = "rejected";

// A TOML basic string, escaped by toml++ (never a multi-line one, whose first newline a
// reader would drop).
std::string toml_string(const std::string& text) {
  std::ostringstream out;
  out << toml::toml_formatter(toml::value<std::string>(utf8::sanitise(text)),
                              toml::format_flags::allow_unicode_strings);
  return out.str();
}

bool is_fingerprint(const std::string& text) {
  return text.size() == 16 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

// How a verdict is named in messages: "verdict on 'who:x'", or by its line.
std::string what(const toml::table& t) {
  const toml::node* id = t.get("id");
  if (id != nullptr && id->is_string()) return "verdict on '" + id->as_string()->get() + "'";
  return "verdict at line " + std::to_string(t.source().begin.line);
}

// `fingerprint = { en = "...", ru = "..." }`: each key a language code, each value 16 hex digits.
Fingerprints fingerprints_by_language(TableReader& r, const toml::table& table) {
  Fingerprints fingerprints;
  for (auto&& [key, value] : table) {
    const std::string language(key.str());
    const int at = r.line_of("fingerprint", language);
    const auto* text = value.as_string();
    if (!is_language_code(language)) {
      r.error(at, "'fingerprint." + language + "': '" + language + "' is not a language code");
    } else if (text == nullptr || !is_fingerprint(text->get())) {
      r.error(at, "'fingerprint." + language + "' must be 16 hex digits (lowercase)");
    } else {
      fingerprints[language] = text->get();
    }
  }
  return fingerprints;
}

// `fingerprint`: a table of language -> fingerprint, or a plain string, which files written
// before every language was covered hold: the fingerprint of the default language alone.
Fingerprints read_fingerprints(TableReader& r, const std::string& default_language) {
  Fingerprints fingerprints;
  const toml::node* node = r.raw("fingerprint");
  const int line = r.line_of("fingerprint");
  if (node == nullptr) {
    r.error(r.line(), "missing 'fingerprint'");
  } else if (const auto* text = node->as_string()) {
    if (is_fingerprint(text->get())) {
      fingerprints[default_language] = text->get();
    } else {
      r.error(line, "'fingerprint' must be 16 hex digits (lowercase)");
    }
  } else if (const auto* table = node->as_table()) {
    if (table->empty()) r.error(line, "'fingerprint' names no language");
    fingerprints = fingerprints_by_language(r, *table);
  } else {
    r.error(line, "'fingerprint' must be a table of language = \"16 hex digits\"");
  }
  return fingerprints;
}

// One [[question]] table; nullopt when it is too broken to use.
std::optional<Review> read_review(const toml::table& t, const std::string& path,
                                  const std::string& default_language, Diagnostics& out) {
  TableReader r(t, path, what(t), out);
  const int errors = out.error_count();
  Review review;
  review.question = r.string("id", Need::Required);
  const std::string verdict = r.string("verdict", Need::Required);
  review.reason = r.string("reason", Need::Optional);
  review.by = r.string("by", Need::Required);
  review.at = r.string("at", Need::Required);
  review.fingerprints = read_fingerprints(r, default_language);
  review.origin = r.origin();
  r.finish();
  if (verdict == kRejected) {
    review.verdict = Verdict::Rejected;
    if (review.reason.empty()) r.error(r.line(), "a rejection needs a 'reason'");
  } else if (verdict == kApproved) {
    if (r.has("reason")) r.error(r.line_of("reason"), "'reason' is for a rejection");
  } else if (!verdict.empty()) {
    r.error(r.line_of("verdict"),
            "'verdict' must be \"approved\" or \"rejected\", not \"" + verdict + "\"");
  }
  if (review.question.empty() || verdict.empty() || out.error_count() != errors)
    return std::nullopt;
  return review;
}

// `fingerprint = { be = "...", en = "..." }`, in code order.
std::string fingerprints_text(const Fingerprints& fingerprints) {
  std::string text = "{ ";
  for (const auto& [language, fingerprint] : fingerprints) {
    if (text.size() > 2) text += ", ";
    text += language + " = " + toml_string(fingerprint);
  }
  return text + " }";
}

// "ru", "ru and be", "ru, be and uk".
std::string joined(const std::vector<std::string>& languages) {
  std::string text;
  for (std::size_t i = 0; i < languages.size(); ++i) {
    if (i > 0) text += i + 1 == languages.size() ? " and " : ", ";
    text += languages[i];
  }
  return text;
}

// "the ru wording was reworded; the be wording was never approved".
std::string changes_text(const WordingChanges& changes) {
  std::string text;
  if (!changes.reworded.empty()) text = "the " + joined(changes.reworded) + " wording was reworded";
  if (!changes.unapproved.empty()) {
    if (!text.empty()) text += "; ";
    text += "the " + joined(changes.unapproved) + " wording was never approved";
  }
  return text;
}

// "by NAME on AT".
std::string signed_by(const Review& review) { return "by " + review.by + " on " + review.at; }

}  // namespace

std::string question_fingerprint(const model::GeneratedQuestion& question,
                                 const std::string& language, const std::string& default_language) {
  Fnv1a64 hash;
  auto add = [&hash](std::string_view piece) {
    hash.add(std::span<const char>(piece.data(), piece.size()));
    hash.add(std::span<const char>("\x1f", 1));  // so that no two fields can run together
  };
  auto shown = [&](const model::LocalText& text) {
    return model::text_in(text, language, default_language);
  };
  add(shown(question.prompt));
  for (const model::GeneratedChoice& choice : question.choices) {
    add(choice.correct ? "right" : "wrong");
    add(shown(choice.text));
  }
  add(shown(question.explanation));
  return hash.hex();
}

std::vector<std::string> question_languages(const model::GeneratedQuestion& question) {
  std::set<std::string> languages;
  auto add = [&languages](const model::LocalText& text) {
    for (const auto& [language, words] : text) languages.insert(language);
  };
  add(question.prompt);
  add(question.explanation);
  for (const model::GeneratedChoice& choice : question.choices) add(choice.text);
  return {languages.begin(), languages.end()};
}

Fingerprints question_fingerprints(const model::GeneratedQuestion& question,
                                   const std::string& default_language) {
  Fingerprints fingerprints;
  for (const std::string& language : question_languages(question)) {
    fingerprints[language] = question_fingerprint(question, language, default_language);
  }
  return fingerprints;
}

WordingChanges wording_changes(const model::GeneratedQuestion& question, const Review& approval,
                               const std::string& default_language) {
  WordingChanges changes;
  for (const auto& [language, now] : question_fingerprints(question, default_language)) {
    const auto read = approval.fingerprints.find(language);
    if (read == approval.fingerprints.end()) {
      changes.unapproved.push_back(language);
    } else if (read->second != now) {
      changes.reworded.push_back(language);
    }
  }
  return changes;
}

ReviewState review_state(const model::GeneratedQuestion& question, const ReviewBook& book,
                         const std::string& default_language) {
  const auto found = book.find(question.id);
  if (found == book.end()) return ReviewState::Unreviewed;
  if (found->second.verdict == Verdict::Rejected) return ReviewState::Rejected;
  return wording_changes(question, found->second, default_language).empty() ? ReviewState::Approved
                                                                            : ReviewState::Changed;
}

ReviewCounts count_reviews(const std::vector<model::GeneratedQuestion>& questions,
                           const ReviewBook& book, const std::string& language) {
  ReviewCounts counts;
  for (const model::GeneratedQuestion& q : questions) {
    switch (review_state(q, book, language)) {
      case ReviewState::Approved: ++counts.approved; break;
      case ReviewState::Rejected: ++counts.rejected; break;
      case ReviewState::Unreviewed: ++counts.unreviewed; break;
      case ReviewState::Changed: ++counts.changed; break;
    }
  }
  return counts;
}

std::string review_summary(const std::vector<model::GeneratedQuestion>& questions,
                           const ReviewBook& book, const std::string& language) {
  const ReviewCounts n = count_reviews(questions, book, language);
  return std::to_string(questions.size()) + " questions: " + std::to_string(n.approved) +
         " approved, " + std::to_string(n.rejected) + " rejected, " + std::to_string(n.unreviewed) +
         " not reviewed, " + std::to_string(n.changed) + " changed since they were approved";
}

std::string review_state_text(const model::GeneratedQuestion& question, const ReviewBook& book,
                              const std::string& default_language) {
  const auto found = book.find(question.id);
  if (found == book.end()) return "unreviewed";
  const Review& review = found->second;
  if (review.verdict == Verdict::Rejected) return "rejected: " + review.reason;
  const WordingChanges changes = wording_changes(question, review, default_language);
  if (changes.empty()) return "approved " + signed_by(review);
  return "changed since it was approved " + signed_by(review) + ": " + changes_text(changes);
}

ReviewBook read_review_file(const std::string& path, const std::string& default_language,
                            Diagnostics& out) {
  ReviewBook book;
  if (!std::filesystem::exists(path)) return book;
  const std::optional<toml::table> root = parse_toml(path, out);
  if (!root) return book;
  for (auto&& [key, value] : *root) {
    if (key.str() != "question") {
      out.error(path, static_cast<int>(value.source().begin.line),
                "unknown top-level key '" + std::string(key.str()) + "' (expected [[question]])");
    }
  }
  for (const toml::table* t : tables_of(*root, "question", path, out)) {
    std::optional<Review> review = read_review(*t, path, default_language, out);
    if (!review) continue;
    if (const auto earlier = book.find(review->question); earlier != book.end()) {
      out.error(path, review->origin.line,
                "question '" + review->question + "' is judged twice (first at line " +
                    std::to_string(earlier->second.origin.line) + ")");
      continue;
    }
    book.emplace(review->question, std::move(*review));
  }
  return book;
}

void check_review_ids(const ReviewBook& book, const model::Content& content, Diagnostics& out) {
  std::set<std::string> ids;
  for (const model::GeneratedQuestion& q : content.questions) ids.insert(q.id);
  for (const auto& [id, review] : book) {
    if (ids.contains(id)) continue;
    out.error(review.origin.file, review.origin.line,
              "verdict on unknown question '" + id +
                  "': no question of that id is generated (remove the verdict, or fix the id)");
  }
}

std::string review_file_text(const ReviewBook& book) {
  std::string text =
      "# The curator's verdict on each generated question, by its id: written by\n"
      "# `kiosk-db review SRC_DIR --approve ID... | --reject ID --reason TEXT`, readable and\n"
      "# editable by hand. `fingerprint` is of the wording that was read (prompt, answers,\n"
      "# explanation), one per language: a question reworded in any language loses its\n"
      "# approval.\n";
  for (const auto& [id, review] : book) {
    const bool rejected = review.verdict == Verdict::Rejected;
    text += "\n[[question]]\nid = " + toml_string(id) + "\n";
    text += "verdict = " + toml_string(std::string(rejected ? kRejected : kApproved)) + "\n";
    if (rejected) text += "reason = " + toml_string(review.reason) + "\n";
    text += "by = " + toml_string(review.by) + "\nat = " + toml_string(review.at) + "\n";
    text += "fingerprint = " + fingerprints_text(review.fingerprints) + "\n";
  }
  return text;
}

void write_review_file(const ReviewBook& book, const std::string& path) {
  const std::string temporary = path + ".writing-" + std::to_string(::getpid());
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    file << review_file_text(book);
    file.flush();
    if (!file) {
      std::filesystem::remove(temporary);
      throw std::runtime_error("cannot write '" + temporary + "'");
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::filesystem::remove(temporary);
    throw std::runtime_error("cannot replace '" + path + "': " + error.message());
  }
}

void approve(ReviewBook& book, const model::GeneratedQuestion& question, const Reviewer& reviewer,
             const std::string& default_language) {
  book[question.id] = Review{question.id, Verdict::Approved,
                             "",          utf8::sanitise(reviewer.name),
                             reviewer.at, question_fingerprints(question, default_language),
                             {}};
}

void reject(ReviewBook& book, const model::GeneratedQuestion& question, const std::string& reason,
            const Reviewer& reviewer, const std::string& default_language) {
  if (reason.empty()) throw std::invalid_argument("a rejection needs a reason");
  book[question.id] = Review{question.id,
                             Verdict::Rejected,
                             utf8::sanitise(reason),
                             utf8::sanitise(reviewer.name),
                             reviewer.at,
                             question_fingerprints(question, default_language),
                             {}};
}

std::vector<LeftOut> apply_reviews(model::Content& content, const ReviewBook& book,
                                   Approval approval) {
  std::vector<LeftOut> left_out;
  if (approval == Approval::NotApplied) return left_out;
  std::vector<model::GeneratedQuestion> kept;
  for (model::GeneratedQuestion& q : content.questions) {
    const ReviewState state = review_state(q, book, content.meta.default_language);
    const bool keep = state == ReviewState::Approved ||
                      (approval == Approval::Marked && state != ReviewState::Rejected);
    if (keep) {
      if (state == ReviewState::Approved) q.review = model::ReviewStatus::Approved;
      kept.push_back(std::move(q));
      continue;
    }
    left_out.push_back({q.id, review_state_text(q, book, content.meta.default_language)});
  }
  content.questions = std::move(kept);
  return left_out;
}

std::string reviewer_name(const std::string& given) {
  if (!given.empty()) return given;
  const char* user = std::getenv("USER");
  return user != nullptr && *user != '\0' ? user : "unknown";
}

}  // namespace kiosk::authoring
