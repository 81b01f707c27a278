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

struct Review {
  std::string question;  // the question's stable id
  Verdict verdict = Verdict::Approved;
  std::string reason;       // why it was rejected; "" for an approval
  std::string by;           // who read it
  std::string at;           // when, ISO 8601 UTC
  std::string fingerprint;  // of the wording that was read (question_fingerprint)
  model::Origin origin;     // where it is written in review.toml (line 0: not written yet)
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

// FNV-1a 64 (16 hex digits) of what a curator reads: the prompt in `language`, every answer
// in stored order with whether it is the correct one, and the explanation.
std::string question_fingerprint(const model::GeneratedQuestion& question,
                                 const std::string& language);

// The state of `question` under `book`.
ReviewState review_state(const model::GeneratedQuestion& question, const ReviewBook& book,
                         const std::string& language);

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

// Why a question that is not approved is not: "unreviewed", "rejected: REASON",
// "changed since it was approved". "approved" for an approved one.
std::string review_state_text(ReviewState state, const Review* review);

// Reads the verdicts in `path`; a missing file holds none. Syntax errors, unknown keys,
// missing or empty fields, a verdict other than "approved" or "rejected", a rejection without
// a reason and a question judged twice are reported as FILE:LINE errors.
ReviewBook read_review_file(const std::string& path, Diagnostics& out);

// Reports every verdict on an id that is not among `content`'s questions, at its line.
void check_review_ids(const ReviewBook& book, const model::Content& content, Diagnostics& out);

// The file's text: a comment saying what it is, then one [[question]] table per verdict, in
// id order, with its keys always in the same order (so a diff shows only what changed).
std::string review_file_text(const ReviewBook& book);

// Writes review_file_text(book) to `path` through a temporary file renamed over it, so a
// failure leaves the old file whole. Throws std::runtime_error when it cannot.
void write_review_file(const ReviewBook& book, const std::string& path);

// Records an approval of `question` as it is worded now (replacing any earlier verdict).
void approve(ReviewBook& book, const model::GeneratedQuestion& question, const Reviewer& reviewer,
             const std::string& language);

// Records a rejection of `question` with `reason` (not empty; replacing any earlier verdict).
void reject(ReviewBook& book, const model::GeneratedQuestion& question, const std::string& reason,
            const Reviewer& reviewer, const std::string& language);

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
