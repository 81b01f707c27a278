// kiosk-db's command line (CLI11).
#include <CLI/CLI.hpp>

#include <map>
#include <ostream>
#include <string>
#include <vector>

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
      ->required()
      ->check(CLI::ExistingDirectory);
  review->add_option("-o,--output", command.output,
                     "Write the printable review sheet (HTML) to this file");
  review
      ->add_option("--documents", command.documents_dir,
                   "Quote the evidence lines from the documents in this directory")
      ->check(CLI::ExistingDirectory);
  review->add_option("--approve", command.approve, "Approve these questions as worded now");
  review->add_option("--reject", command.reject, "Reject these questions (give --reason)");
  review->add_option("--reason", command.reason, "Why the questions are rejected");
  review->add_option("--by", command.by, "Who gives the verdicts (default: $USER)");
  return review;
}

// Every subcommand's values as CLI11 fills them, and which subcommand was chosen.
struct Chosen {
  BuildCommand build;
  bool require_approval = false;
  ReviewCommand review;
  std::string check_file;
  std::string export_file;
  std::string export_language;  // "" = the file's default
  bool as_json = false;
  std::vector<std::string> documents;
  bool extract_json = false;
  std::string install_new;
  std::string install_live;
  StatsCommand stats;
  bool csv = false;
  SynthCommand synth;
  std::map<std::string, CLI::App*> apps;  // by subcommand name
  bool is(const std::string& name) const { return static_cast<bool>(*apps.at(name)); }
};

void add_build(CLI::App& app, Chosen& c) {
  CLI::App* build = app.add_subcommand("build", "Check the content source and write a database");
  build->add_option("SRC_DIR", c.build.source_dir, "Content source directory (db/content)")
      ->required()
      ->check(CLI::ExistingDirectory);
  build->add_option("-o,--output", c.build.output, "Database file to write")->required();
  build
      ->add_option("--documents", c.build.documents_dir,
                   "Check every piece of evidence against the documents in this directory")
      ->check(CLI::ExistingDirectory);
  // Not checked here: a missing folder is reported as the fonts are opened, with the rest.
  build->add_option("--fonts", c.build.fonts_dir,
                    "The kiosk's fonts, to refuse text they cannot draw (default: the installed "
                    "ones, as the kiosk finds them)");
  build->add_flag("-q,--quiet", c.build.quiet, "Print only errors");
  build->add_flag_callback(
      "--no-speech", [&c] { c.build.speech.mode = SpeechMode::None; },
      "Store no speech (by default every spoken text is rendered with espeak-ng when it is on "
      "PATH)");
  build->add_option("--speech-cache", c.build.speech.cache_dir,
                    "Keep rendered speech in this directory, so a rebuild renders only new text "
                    "(default: ~/.cache/kiosk-db/speech)");
  build->add_option("--espeak", c.build.speech.program,
                    "The speech engine program (default: espeak-ng on PATH)");
  build->add_flag(
      "--require-approval", c.require_approval,
      "Leave out every question not approved in SRC_DIR/review.toml as it is worded now");
  c.apps["build"] = build;
}

// check and export: reading a database file.
void add_check_export(CLI::App& app, Chosen& c) {
  CLI::App* check = app.add_subcommand("check", "Run the kiosk's validation on a database");
  check->add_option("FILE", c.check_file, "Database file")->required();
  CLI::App* exported = app.add_subcommand("export", "Print the whole content");
  exported->add_option("FILE", c.export_file, "Database file")->required();
  exported->add_flag("--json", c.as_json, "As JSON (the only format so far)")->required();
  exported->add_option("--lang", c.export_language,
                       "Language to export, e.g. ru (default: the file's default language)");
  c.apps["check"] = check;
  c.apps["export"] = exported;
}

// extract, install and stats: drafting from documents, putting a file live, reading what
// visitors answered.
void add_extract_install_stats(CLI::App& app, Chosen& c) {
  CLI::App* extract = app.add_subcommand(
      "extract", "Propose candidate facts (quotes, dates, numbers, people, places) from documents");
  extract->add_option("DOC", c.documents, "Plain-text documents (UTF-8)")->required();
  extract->add_flag("--json", c.extract_json, "A JSON array instead of a TOML draft");
  CLI::App* install = app.add_subcommand(
      "install", "Check a new database and put it in place of the live one, safely");
  install->add_option("NEW", c.install_new, "The new database")->required();
  install->add_option("LIVE", c.install_live, "The database the kiosk reads")->required();
  CLI::App* stats = app.add_subcommand("stats", "What visitors answered, per question");
  stats
      ->add_option("STATS_DB", c.stats.stats_dbs,
                   "The kiosk's stats.db, or several kiosks' to add up")
      ->required();
  stats->add_flag("--csv", c.csv, "Comma-separated values, for spreadsheets");
  stats->add_option("--svg", c.stats.svg_path, "Also draw a chart of the hardest questions");
  c.apps["extract"] = extract;
  c.apps["install"] = install;
  c.apps["stats"] = stats;
}

void add_synth(CLI::App& app, Chosen& c) {
  CLI::App* synth = app.add_subcommand("synth", "Write a valid synthetic database of any size");
  synth->add_option("--questions", c.synth.questions, "Number of questions")->capture_default_str();
  synth->add_option("--cards", c.synth.cards, "Number of cards")->capture_default_str();
  synth->add_option("--version", c.synth.version, "Content version to record")
      ->capture_default_str();
  auto* out = synth->add_option("-o,--output", c.synth.output, "Database file to write");
  auto* src = synth->add_option("--source", c.synth.source_dir,
                                "Write a content source (TOML) to this directory instead");
  out->excludes(src);
  synth->require_option(1, 4);
  c.apps["synth"] = synth;
}

Exit run_synth(const SynthCommand& command, std::ostream& out, std::ostream& err) {
  if (command.output.empty() && command.source_dir.empty()) {
    err << "kiosk-db synth: give -o FILE or --source DIR\n";
    return Exit::Usage;
  }
  return command.source_dir.empty() ? synth(command, out, err) : synth_source(command, out, err);
}

// Runs the subcommand that was chosen.
Exit run_chosen(Chosen& c, std::ostream& out, std::ostream& err) {
  if (c.is("build")) {
    if (c.require_approval) c.build.approval = authoring::Approval::Required;
    return build(c.build, out, err);
  }
  if (c.is("review")) return review(c.review, out, err);
  if (c.is("check")) return check(c.check_file, out, err);
  if (c.is("export")) return export_json(c.export_file, c.export_language, out, err);
  if (c.is("synth")) return run_synth(c.synth, out, err);
  if (c.is("install")) return install(c.install_new, c.install_live, out, err);
  if (c.is("stats")) {
    c.stats.format = c.csv ? StatsFormat::Csv : StatsFormat::Table;
    return stats(c.stats, out, err);
  }
  if (c.is("extract")) {
    return extract(c.documents, c.extract_json ? ExtractFormat::Json : ExtractFormat::Draft, out,
                   err);
  }
  return Exit::Usage;
}

}  // namespace

int main(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"kiosk-db: builds, checks and exports the kiosk's content database"};
  app.require_subcommand(1);
  Chosen chosen;
  // Subcommands in the order --help lists them.
  add_build(app, chosen);
  chosen.apps["review"] = add_review(app, chosen.review);
  add_check_export(app, chosen);
  add_extract_install_stats(app, chosen);
  add_synth(app, chosen);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11's own codes vary by error; the tool promises 2 for any misuse.
    return app.exit(e, out, err) == 0 ? 0 : static_cast<int>(Exit::Usage);
  }
  return static_cast<int>(run_chosen(chosen, out, err));
}

}  // namespace kiosk::tool
