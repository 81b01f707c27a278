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

// One [[question]] table; nullopt when it is too broken to use.
std::optional<Review> read_review(const toml::table& t, const std::string& path, Diagnostics& out) {
  TableReader r(t, path, what(t), out);
  Review review;
  review.question = r.string("id", Need::Required);
  const std::string verdict = r.string("verdict", Need::Required);
  review.reason = r.string("reason", Need::Optional);
  review.by = r.string("by", Need::Required);
  review.at = r.string("at", Need::Required);
  review.fingerprint = r.string("fingerprint", Need::Required);
  review.origin = r.origin();
  r.finish();
  const int errors = out.error_count();
  if (verdict == kRejected) {
    review.verdict = Verdict::Rejected;
    if (review.reason.empty()) r.error(r.line(), "a rejection needs a 'reason'");
  } else if (verdict == kApproved) {
    if (r.has("reason")) r.error(r.line_of("reason"), "'reason' is for a rejection");
  } else if (!verdict.empty()) {
    r.error(r.line_of("verdict"),
            "'verdict' must be \"approved\" or \"rejected\", not \"" + verdict + "\"");
  }
  if (!review.fingerprint.empty() && !is_fingerprint(review.fingerprint)) {
    r.error(r.line_of("fingerprint"), "'fingerprint' must be 16 hex digits (lowercase)");
  }
  if (review.question.empty() || verdict.empty() || out.error_count() != errors)
    return std::nullopt;
  return review;
}

// "by NAME on AT".
std::string signed_by(const Review& review) { return "by " + review.by + " on " + review.at; }

}  // namespace

std::string question_fingerprint(const model::GeneratedQuestion& question,
                                 const std::string& language) {
  Fnv1a64 hash;
  auto add = [&hash](const std::string& text) {
    hash.add(std::span<const char>(text.data(), text.size()));
    hash.add(std::span<const char>("\x1f", 1));  // so that no two fields can run together
  };
  add(model::text_in(question.prompt, language, language));
  for (const model::GeneratedChoice& choice : question.choices) {
    add(choice.correct ? "right" : "wrong");
    add(model::text_in(choice.text, language, language));
  }
  add(model::text_in(question.explanation, language, language));
  return hash.hex();
}

ReviewState review_state(const model::GeneratedQuestion& question, const ReviewBook& book,
                         const std::string& language) {
  const auto found = book.find(question.id);
  if (found == book.end()) return ReviewState::Unreviewed;
  if (found->second.verdict == Verdict::Rejected) return ReviewState::Rejected;
  return found->second.fingerprint == question_fingerprint(question, language)
             ? ReviewState::Approved
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

std::string review_state_text(ReviewState state, const Review* review) {
  switch (state) {
    case ReviewState::Unreviewed: return "unreviewed";
    case ReviewState::Approved: return review ? "approved " + signed_by(*review) : "approved";
    case ReviewState::Rejected: return review ? "rejected: " + review->reason : "rejected";
    case ReviewState::Changed:
      return review ? "changed since it was approved " + signed_by(*review)
                    : "changed since it was approved";
  }
  return "unreviewed";
}

ReviewBook read_review_file(const std::string& path, Diagnostics& out) {
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
    std::optional<Review> review = read_review(*t, path, out);
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
      "# explanation): a question whose wording changes loses its approval.\n";
  for (const auto& [id, review] : book) {
    const bool rejected = review.verdict == Verdict::Rejected;
    text += "\n[[question]]\nid = " + toml_string(id) + "\n";
    text += "verdict = " + toml_string(std::string(rejected ? kRejected : kApproved)) + "\n";
    if (rejected) text += "reason = " + toml_string(review.reason) + "\n";
    text += "by = " + toml_string(review.by) + "\nat = " + toml_string(review.at) + "\n";
    text += "fingerprint = " + toml_string(review.fingerprint) + "\n";
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
             const std::string& language) {
  book[question.id] = Review{question.id, Verdict::Approved,
                             "",          utf8::sanitise(reviewer.name),
                             reviewer.at, question_fingerprint(question, language),
                             {}};
}

void reject(ReviewBook& book, const model::GeneratedQuestion& question, const std::string& reason,
            const Reviewer& reviewer, const std::string& language) {
  if (reason.empty()) throw std::invalid_argument("a rejection needs a reason");
  book[question.id] = Review{question.id,
                             Verdict::Rejected,
                             utf8::sanitise(reason),
                             utf8::sanitise(reviewer.name),
                             reviewer.at,
                             question_fingerprint(question, language),
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
    const auto found = book.find(q.id);
    left_out.push_back(
        {q.id, review_state_text(state, found == book.end() ? nullptr : &found->second)});
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
