// kiosk-db's command line (CLI11).
#include <CLI/CLI.hpp>

#include <ostream>

#include "tool/commands.hpp"
#include "tool/extract_command.hpp"
#include "tool/review_command.hpp"
#include "tool/stats_command.hpp"
#include "tool/synth_command.hpp"

namespace kiosk::tool {

namespace {

// kiosk-db review's options.
CLI::App* add_review(CLI::App& app, ReviewCommand& command) {
  CLI::App* review = app.add_subcommand(
      "review", "Record a curator's verdicts on questions (review.toml), write the review sheet");
  review->add_option("SRC_DIR", command.source_dir, "Content source directory (db/content)")
      ->required()->check(CLI::ExistingDirectory);
  review->add_option("-o,--output", command.output,
                     "Write the printable review sheet (HTML) to this file");
  review->add_option("--documents", command.documents_dir,
                     "Quote the evidence lines from the documents in this directory")
      ->check(CLI::ExistingDirectory);
  review->add_option("--approve", command.approve, "Approve these questions as worded now");
  review->add_option("--reject", command.reject, "Reject these questions (give --reason)");
  review->add_option("--reason", command.reason, "Why the questions are rejected");
  review->add_option("--by", command.by, "Who gives the verdicts (default: $USER)");
  return review;
}

}  // namespace

int main(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"kiosk-db: builds, checks and exports the kiosk's content database"};
  app.require_subcommand(1);

  BuildCommand build_command;
  CLI::App* build_app = app.add_subcommand("build", "Check the content source and write a database");
  build_app->add_option("SRC_DIR", build_command.source_dir, "Content source directory (db/content)")
      ->required()->check(CLI::ExistingDirectory);
  build_app->add_option("-o,--output", build_command.output, "Database file to write")->required();
  build_app->add_option("--documents", build_command.documents_dir,
                        "Check every piece of evidence against the documents in this directory")
      ->check(CLI::ExistingDirectory);
  build_app->add_flag("-q,--quiet", build_command.quiet, "Print only errors");
  bool require_approval = false;
  build_app->add_flag("--require-approval", require_approval,
                      "Leave out every question not approved in SRC_DIR/review.toml as it is worded now");

  ReviewCommand review_command;
  CLI::App* review_app = add_review(app, review_command);

  std::string check_file;
  CLI::App* check_app = app.add_subcommand("check", "Run the kiosk's validation on a database");
  check_app->add_option("FILE", check_file, "Database file")->required();

  std::string export_file;
  bool as_json = false;
  CLI::App* export_app = app.add_subcommand("export", "Print the whole content");
  export_app->add_option("FILE", export_file, "Database file")->required();
  export_app->add_flag("--json", as_json, "As JSON (the only format so far)")->required();

  std::vector<std::string> documents;
  bool extract_json = false;
  CLI::App* extract_app = app.add_subcommand(
      "extract", "Propose candidate facts (quotes, dates, numbers, people, places) from documents");
  extract_app->add_option("DOC", documents, "Plain-text documents (UTF-8)")->required();
  extract_app->add_flag("--json", extract_json, "A JSON array instead of a TOML draft");

  std::string install_new;
  std::string install_live;
  CLI::App* install_app = app.add_subcommand(
      "install", "Check a new database and put it in place of the live one, safely");
  install_app->add_option("NEW", install_new, "The new database")->required();
  install_app->add_option("LIVE", install_live, "The database the kiosk reads")->required();

  StatsCommand stats_command;
  bool csv = false;
  CLI::App* stats_app = app.add_subcommand("stats", "What visitors answered, per question");
  stats_app->add_option("STATS_DB", stats_command.stats_db, "The kiosk's stats.db")->required();
  stats_app->add_flag("--csv", csv, "Comma-separated values, for spreadsheets");
  stats_app->add_option("--svg", stats_command.svg_path, "Also draw a chart of the hardest questions");

  SynthCommand synth_command;
  CLI::App* synth_app = app.add_subcommand("synth", "Write a valid synthetic database of any size");
  synth_app->add_option("--questions", synth_command.questions, "Number of questions")->capture_default_str();
  synth_app->add_option("--cards", synth_command.cards, "Number of cards")->capture_default_str();
  synth_app->add_option("--version", synth_command.version, "Content version to record")->capture_default_str();
  auto* synth_out = synth_app->add_option("-o,--output", synth_command.output, "Database file to write");
  auto* synth_src = synth_app->add_option("--source", synth_command.source_dir,
                                          "Write a content source (TOML) to this directory instead");
  synth_out->excludes(synth_src);
  synth_app->require_option(1, 4);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11's own codes vary by error; the tool promises 2 for any misuse.
    return app.exit(e, out, err) == 0 ? 0 : static_cast<int>(Exit::Usage);
  }
  if (*build_app) {
    if (require_approval) build_command.approval = authoring::Approval::Required;
    return static_cast<int>(build(build_command, out, err));
  }
  if (*review_app) return static_cast<int>(review(review_command, out, err));
  if (*check_app) return static_cast<int>(check(check_file, out, err));
  if (*export_app) return static_cast<int>(export_json(export_file, out, err));
  if (*synth_app) {
    if (synth_command.output.empty() && synth_command.source_dir.empty()) {
      err << "kiosk-db synth: give -o FILE or --source DIR\n";
      return static_cast<int>(Exit::Usage);
    }
    return static_cast<int>(synth_command.source_dir.empty() ? synth(synth_command, out, err)
                                                             : synth_source(synth_command, out, err));
  }
  if (*install_app) return static_cast<int>(install(install_new, install_live, out, err));
  if (*stats_app) {
    stats_command.format = csv ? StatsFormat::Csv : StatsFormat::Table;
    return static_cast<int>(stats(stats_command, out, err));
  }
  if (*extract_app) {
    return static_cast<int>(
        extract(documents, extract_json ? ExtractFormat::Json : ExtractFormat::Draft, out, err));
  }
  return static_cast<int>(Exit::Usage);
}

}  // namespace kiosk::tool
