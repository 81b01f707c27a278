// A curator's verdicts on the generated questions (review.toml): fingerprints of what was read,
// reading and writing the file, and applying the verdicts to a build.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "authoring/diagnostics.hpp"
#include "core/model.hpp"

namespace kiosk::authoring {

// The verdicts live beside the rest of the content source.
inline constexpr const char* kReviewFileName = "review.toml";

enum class Verdict { Approved, Rejected };

// Language -> the fingerprint of the question's wording in it (question_fingerprint). One per
// language, not one for all: a message can then say which language was reworded, and an
// approval made before a language was covered says so instead of passing for all of them.
using Fingerprints = std::map<std::string, std::string>;

struct Review {
  std::string question;  // the question's stable id
  Verdict verdict = Verdict::Approved;
  std::string reason;         // why it was rejected; "" for an approval
  std::string by;             // who read it
  std::string at;             // when, ISO 8601 UTC
  Fingerprints fingerprints;  // of the wording that was read, in each language read
  model::Origin origin;       // where it is written in review.toml (line 0: not written yet)
};

// Verdicts by question id, so that they are kept and written in id order.
using ReviewBook = std::map<std::string, Review>;

// What a question's verdict amounts to for the wording it has now.
enum class ReviewState {
  Unreviewed,  // no verdict
  Approved,    // approved, and the wording is the one approved
  Rejected,    // rejected (whatever the wording: it needs a new approval)
  Changed,     // approved, but the wording has changed since
};

// Who records a verdict, and when.
struct Reviewer {
  std::string name;  // --by NAME, or $USER
  std::string at;    // ISO 8601 UTC
};

// FNV-1a 64 (16 hex digits) of what a visitor in `language` reads: the prompt, every answer in
// stored order with whether it is the correct one, and the explanation, each in `language` or,
// where it has none, in `default_language` (as the kiosk shows it).
std::string question_fingerprint(const model::GeneratedQuestion& question,
                                 const std::string& language, const std::string& default_language);

// Every language `question` has wording in (any of its texts), in code order.
std::vector<std::string> question_languages(const model::GeneratedQuestion& question);

// question_fingerprint in each of question_languages.
Fingerprints question_fingerprints(const model::GeneratedQuestion& question,
                                   const std::string& default_language);

// The languages in which `question` does not read as `approval` approved it.
struct WordingChanges {
  std::vector<std::string> reworded;    // approved in that language, worded otherwise now
  std::vector<std::string> unapproved;  // the approval did not cover that language at all
  bool empty() const { return reworded.empty() && unapproved.empty(); }
};
WordingChanges wording_changes(const model::GeneratedQuestion& question, const Review& approval,
                               const std::string& default_language);

// The state of `question` under `book`: Approved only when every language it is worded in reads
// as it was approved.
ReviewState review_state(const model::GeneratedQuestion& question, const ReviewBook& book,
                         const std::string& default_language);

// How many questions of a bank are in each state.
struct ReviewCounts {
  int approved = 0;
  int rejected = 0;
  int unreviewed = 0;
  int changed = 0;
};
ReviewCounts count_reviews(const std::vector<model::GeneratedQuestion>& questions,
                           const ReviewBook& book, const std::string& language);

// "89 questions: 80 approved, 2 rejected, 5 not reviewed, 2 changed since they were approved".
std::string review_summary(const std::vector<model::GeneratedQuestion>& questions,
                           const ReviewBook& book, const std::string& language);

// Why `question` is or is not approved under `book`: "unreviewed", "rejected: REASON",
// "approved by NAME on AT", or "changed since it was approved by NAME on AT: the ru wording was
// reworded; the be wording was never approved" (every language named).
std::string review_state_text(const model::GeneratedQuestion& question, const ReviewBook& book,
                              const std::string& default_language);

// Reads the verdicts in `path`; a missing file holds none. `fingerprint` is a table of language
// -> fingerprint; a plain string (how files were written before every language was covered) is
// read as the fingerprint of `default_language` alone, so such an approval still holds for it and
// the other languages show as never approved. Syntax errors, unknown keys, missing or empty
// fields, a verdict other than "approved" or "rejected", a rejection without a reason, a bad
// language code or fingerprint and a question judged twice are reported as FILE:LINE errors.
ReviewBook read_review_file(const std::string& path, const std::string& default_language,
                            Diagnostics& out);

// Reports every verdict on an id that is not among `content`'s questions, at its line.
void check_review_ids(const ReviewBook& book, const model::Content& content, Diagnostics& out);

// The file's text: a comment saying what it is, then one [[question]] table per verdict, in
// id order, with its keys always in the same order (so a diff shows only what changed).
std::string review_file_text(const ReviewBook& book);

// Writes review_file_text(book) to `path` through a temporary file renamed over it, so a
// failure leaves the old file whole. Throws std::runtime_error when it cannot.
void write_review_file(const ReviewBook& book, const std::string& path);

// Records an approval of `question` as it is worded now in every language it has (replacing any
// earlier verdict).
void approve(ReviewBook& book, const model::GeneratedQuestion& question, const Reviewer& reviewer,
             const std::string& default_language);

// Records a rejection of `question` with `reason` (not empty; replacing any earlier verdict).
void reject(ReviewBook& book, const model::GeneratedQuestion& question, const std::string& reason,
            const Reviewer& reviewer, const std::string& default_language);

// How a build uses the verdicts.
enum class Approval {
  NotApplied,  // every question is kept and none is marked (the review sheet shows them all)
  Marked,      // approved questions are marked approved; rejected ones are left out
  Required,    // only approved questions whose wording is the one approved are kept
};

// A question a build left out, and why ("unreviewed", "rejected: ...", ...).
struct LeftOut {
  std::string question;
  std::string why;
};

// Marks every question approved with a matching fingerprint as ReviewStatus::Approved and
// removes what `approval` does not let through (a rejected question never is). Returns the
// questions removed, in the bank's order.
std::vector<LeftOut> apply_reviews(model::Content& content, const ReviewBook& book,
                                   Approval approval);

// The reviewer's name: `given` when not empty, else $USER, else "unknown".
std::string reviewer_name(const std::string& given);

}  // namespace kiosk::authoring
