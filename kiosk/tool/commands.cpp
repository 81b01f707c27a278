// build, check and export.
#include "tool/commands.hpp"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <ostream>

#include "authoring/build.hpp"
#include "store/check.hpp"
#include "store/export.hpp"
#include "store/ogg_opus.hpp"
#include "store/open.hpp"
#include "store/writer.hpp"
#include "tool/font_glyphs.hpp"

namespace kiosk::tool {

namespace {

// Every diagnostic (errors on `err`, the rest on `out` unless quiet), then the questions the
// verdicts left out.
void report_build(const BuildCommand& command, const authoring::BuildResult& result,
                  std::ostream& out, std::ostream& err) {
  for (const auto& d : result.diagnostics.all()) {
    if (d.severity == authoring::Severity::Error) {
      err << authoring::format(d) << '\n';
    } else if (!command.quiet) {
      out << authoring::format(d) << '\n';
    }
  }
  if (command.quiet || !result.ok()) return;
  for (const authoring::LeftOut& l : result.left_out) {
    out << "left out " << l.question << ": " << l.why << '\n';
  }
}

// The fonts of --fonts, or the kiosk's own; null, with the reason on `err`, when they cannot be
// read.
std::unique_ptr<FontGlyphs> open_fonts(const BuildCommand& command, std::ostream& err) {
  try {
    const std::string dir = command.fonts_dir.empty() ? default_fonts_dir() : command.fonts_dir;
    return std::make_unique<FontGlyphs>(dir);
  } catch (const FontError& e) {
    err << "kiosk-db: " << e.what() << "; nothing was written\n";
    return nullptr;
  }
}

}  // namespace

Exit build(const BuildCommand& command, std::ostream& out, std::ostream& err) {
  const std::unique_ptr<FontGlyphs> fonts = open_fonts(command, err);
  if (!fonts) return Exit::Problem;
  const authoring::BuildOptions options{command.source_dir, command.documents_dir, "",
                                        command.approval, fonts.get()};
  authoring::BuildResult result = authoring::build_content(options);
  report_build(command, result, out, err);
  if (!result.ok()) {
    err << "kiosk-db: " << result.diagnostics.error_count() << " problem"
        << (result.diagnostics.error_count() == 1 ? "" : "s") << " in " << command.source_dir
        << "; nothing was written\n";
    return Exit::Problem;
  }
  const std::optional<std::vector<store::StoredClip>> speech =
      build_speech(result.content, command.output, command.speech, out, err);
  if (!speech) return Exit::Problem;
  try {
    // Checked before it replaces the output: a file that fails is never left there.
    store::write_database(result.content, command.output, *speech);
  } catch (const store::StoreError& e) {
    err << "kiosk-db: cannot write " << command.output << ": " << e.what()
        << "; nothing was written\n";
    return Exit::Problem;
  }
  out << "wrote " << command.output << ": " << result.content.cards.size() << " cards, "
      << result.content.questions.size() << " questions, " << result.content.facts.size()
      << " facts, " << result.content.quotes.size() << " quotes (content version "
      << result.content.meta.content_version << ")\n";
  if (!result.left_out.empty()) {
    out << result.left_out.size() << " question" << (result.left_out.size() == 1 ? "" : "s")
        << " left out as not approved"
        << (command.quiet ? " (without --quiet they are listed)" : " (listed above)") << '\n';
  }
  return Exit::Ok;
}

Exit check(const std::string& file, std::ostream& out, std::ostream& err) {
  const store::CheckReport report = store::check_file(file);
  if (!report.usable()) {
    err << file << ": not usable: " << report.reason() << '\n';
    for (std::size_t i = 1; i < report.problems.size(); ++i) {
      err << file << ": also: " << report.problems[i] << '\n';
    }
    return Exit::Problem;
  }
  // Every clip decoded, one at a time: the kiosk only finds a broken one when it plays it.
  const std::vector<std::string> broken = store::check_speech(file);
  for (const std::string& problem : broken) err << file << ": " << problem << '\n';
  if (!broken.empty()) {
    err << file << ": not usable: " << broken.size() << " broken clip"
        << (broken.size() == 1 ? "" : "s") << " of speech; rebuild it with kiosk-db build\n";
    return Exit::Problem;
  }
  // The checksum is the one the staff panel shows for the file the kiosk has taken.
  out << file << ": ok: \"" << report.title << "\" version " << report.content_version << ", "
      << report.cards << " cards, " << report.questions << " questions ("
      << report.approved_questions << " approved), checksum " << store::file_checksum(file)
      << " (XXH3 64)\n";
  for (const std::string& gap : report.translation_gaps) out << file << ": " << gap << '\n';
  const int clips = store::speech_clip_count(file);
  out << file << ": speech: "
      << (clips == 0 ? std::string("none") : std::to_string(clips) + " clips, each decodes")
      << '\n';
  return Exit::Ok;
}

Exit export_json(const std::string& file, const std::string& language, std::ostream& out,
                 std::ostream& err) {
  const store::CheckReport report = store::check_file(file);
  if (!report.usable()) {
    err << file << ": not usable: " << report.reason() << '\n';
    return Exit::Problem;
  }
  try {
    store::DatabaseHandle db = store::open_untrusted(file);
    out << store::export_content(db.get(), language).dump(2) << '\n';
  } catch (const store::StoreError& e) {
    err << file << ": " << e.what() << '\n';
    return Exit::Problem;
  }
  return Exit::Ok;
}

Exit install(const std::string& new_file, const std::string& live, std::ostream& out,
             std::ostream& err) {
  const store::CheckReport report = store::check_file(new_file);
  if (!report.usable()) {
    err << new_file << ": not installed: " << report.reason() << '\n';
    return Exit::Problem;
  }
  const std::string temporary = live + ".installing-" + std::to_string(::getpid());
  try {
    std::filesystem::copy_file(new_file, temporary,
                               std::filesystem::copy_options::overwrite_existing);
    // The copy is checked too: a USB stick can fail between check and copy.
    if (const store::CheckReport copied = store::check_file(temporary); !copied.usable()) {
      throw store::StoreError("the copy is damaged: " + copied.reason());
    }
    store::durable_rename(temporary, live);
  } catch (const std::exception& e) {
    std::remove(temporary.c_str());
    err << "kiosk-db: cannot install '" << new_file << "' as '" << live << "': " << e.what()
        << '\n';
    return Exit::Problem;
  }
  out << "installed " << new_file << " as " << live << ": \"" << report.title << "\" version "
      << report.content_version << "\n";
  return Exit::Ok;
}

}  // namespace kiosk::tool
