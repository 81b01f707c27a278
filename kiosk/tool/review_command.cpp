// kiosk-db review: recording verdicts in review.toml and writing the review sheet.
#include "tool/review_command.hpp"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <set>

#include "authoring/build.hpp"
#include "authoring/review_sheet.hpp"

namespace kiosk::tool {
namespace {

using authoring::BuildResult;

const model::GeneratedQuestion* find_question(const model::Content& content,
                                              const std::string& id) {
  for (const model::GeneratedQuestion& q : content.questions) {
    if (q.id == id) return &q;
  }
  return nullptr;
}

// Every id asked about must be a question the source generates; reports those that are not.
bool ids_known(const ReviewCommand& command, const model::Content& content, std::ostream& err) {
  bool known = true;
  for (const auto* ids : {&command.approve, &command.reject}) {
    for (const std::string& id : *ids) {
      if (find_question(content, id) != nullptr) continue;
      err << "kiosk-db review: no question '" << id << "' in " << command.source_dir
          << " (`kiosk-db review " << command.source_dir << "` lists those not approved)\n";
      known = false;
    }
  }
  return known;
}

// Records the verdicts asked for and writes review.toml.
Exit record_verdicts(const ReviewCommand& command, BuildResult& built, std::ostream& out,
                     std::ostream& err) {
  const std::string& lang = built.content.meta.default_language;
  const authoring::Reviewer reviewer{authoring::reviewer_name(command.by),
                                     authoring::build_timestamp()};
  for (const std::string& id : command.approve) {
    authoring::approve(built.reviews, *find_question(built.content, id), reviewer, lang);
    out << "approved " << id << '\n';
  }
  for (const std::string& id : command.reject) {
    authoring::reject(built.reviews, *find_question(built.content, id), command.reason, reviewer,
                      lang);
    out << "rejected " << id << '\n';
  }
  const std::string path =
      (std::filesystem::path(command.source_dir) / authoring::kReviewFileName).string();
  try {
    authoring::write_review_file(built.reviews, path);
  } catch (const std::exception& e) {
    err << "kiosk-db review: " << e.what() << '\n';
    return Exit::Problem;
  }
  return Exit::Ok;
}

Exit write_sheet(const ReviewCommand& command, const BuildResult& built, std::ostream& out,
                 std::ostream& err) {
  authoring::DocumentShelf documents(command.documents_dir);
  const std::string html = authoring::review_sheet_html(built.content, built.reviews, documents);
  std::ofstream file(command.output, std::ios::binary | std::ios::trunc);
  file << html;
  file.flush();
  if (!file) {
    err << "kiosk-db review: cannot write " << command.output << '\n';
    return Exit::Problem;
  }
  out << "wrote " << command.output << '\n';
  return Exit::Ok;
}

// The summary, then every question not approved and why.
void report(const BuildResult& built, std::ostream& out) {
  const std::string& lang = built.content.meta.default_language;
  out << authoring::review_summary(built.content.questions, built.reviews, lang) << '\n';
  for (const model::GeneratedQuestion& q : built.content.questions) {
    const authoring::ReviewState state = authoring::review_state(q, built.reviews, lang);
    if (state == authoring::ReviewState::Approved) continue;
    out << "  " << q.id << ": " << authoring::review_state_text(q, built.reviews, lang) << '\n';
  }
}

// A question may not be approved and rejected at once, and a rejection needs a reason.
bool usage_ok(const ReviewCommand& command, std::ostream& err) {
  if (!command.reject.empty() && command.reason.find_first_not_of(" \t\n") == std::string::npos) {
    err << "kiosk-db review: --reject needs --reason TEXT saying why\n";
    return false;
  }
  const std::set<std::string> approved(command.approve.begin(), command.approve.end());
  for (const std::string& id : command.reject) {
    if (!approved.contains(id)) continue;
    err << "kiosk-db review: '" << id << "' is both approved and rejected\n";
    return false;
  }
  return true;
}

}  // namespace

Exit review(const ReviewCommand& command, std::ostream& out, std::ostream& err) {
  if (!usage_ok(command, err)) return Exit::Usage;
  authoring::BuildOptions options{command.source_dir, command.documents_dir, "",
                                  authoring::Approval::NotApplied};
  BuildResult built = authoring::build_content(options);
  for (const auto& d : built.diagnostics.all()) {
    if (d.severity == authoring::Severity::Error) err << authoring::format(d) << '\n';
  }
  if (!built.ok()) {
    err << "kiosk-db review: " << built.diagnostics.error_count() << " problem"
        << (built.diagnostics.error_count() == 1 ? "" : "s") << " in " << command.source_dir
        << "; nothing was written\n";
    return Exit::Problem;
  }
  if (!ids_known(command, built.content, err)) return Exit::Problem;
  if (!command.approve.empty() || !command.reject.empty()) {
    if (const Exit e = record_verdicts(command, built, out, err); e != Exit::Ok) return e;
  }
  if (!command.output.empty()) {
    if (const Exit e = write_sheet(command, built, out, err); e != Exit::Ok) return e;
  }
  report(built, out);
  return Exit::Ok;
}

}  // namespace kiosk::tool
