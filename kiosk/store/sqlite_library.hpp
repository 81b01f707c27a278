// The kiosk's view of a content database: the core's ContentLibrary over SQLite.
#pragma once

#include <memory>
#include <string>

#include "core/content.hpp"
#include "store/check.hpp"
#include "store/sqlite.hpp"

namespace kiosk::store {

class SqliteLibrary;

// How much of the kiosk's validation to run when opening a file.
enum class CheckDepth {
  Full,       // everything (kiosk-db check): integrity, structure, every row of content
  Structure,  // header, schema version, tables, settings: for a private copy that already
              // passed Full and has not changed since (a restart must not rescan 100,000 rows)
};

struct LoadResult {
  std::unique_ptr<SqliteLibrary> library;  // null when the file is not usable
  CheckReport report;                      // why not, or what was loaded
};

class SqliteLibrary final : public ContentLibrary {
 public:
  // Opens `path` as untrusted, runs every check on the same connection (so the file checked is
  // the file read, even if the path is swapped meanwhile), and keeps it open. Never throws.
  static LoadResult open(const std::string& path, CheckDepth depth = CheckDepth::Full);

  const ContentMeta& meta() const override { return meta_; }
  int card_count() const override { return cards_; }
  int question_count() const override { return questions_; }
  int highlight_count() const override { return highlights_; }
  int approved_question_count() const override { return approved_; }
  std::optional<Card> card(int index) const override;
  std::optional<Question> question(int index) const override;
  std::optional<std::string> highlight(int index) const override;
  std::vector<int> questions_of_card(int index) const override;
  std::vector<LanguageChoice> languages() const override;
  void set_language(const std::string& code) override;
  std::vector<UiRow> ui_rows(const std::string& code) const override;
  std::vector<std::string> plural_forms(const std::string& code) const override;
  // One row of the speech table, read by its (language, text) key: the blob of that clip
  // only. nullopt when there is none or it cannot be read.
  std::optional<SpeechClip> speech(const std::string& language,
                                   const std::string& text) const override;
  // Whether that row exists, read from the table's key alone (no blob is loaded).
  bool speaks(const std::string& language, const std::string& text) const override;

 private:
  SqliteLibrary(DatabaseHandle db, const CheckReport& report);
  void read_meta();
  void read_titles();
  Card read_card(int index) const;
  Question read_question(int index) const;

  DatabaseHandle db_;
  ContentMeta meta_;
  std::string default_language_;
  int cards_ = 0;
  int questions_ = 0;
  int highlights_ = 0;
  int approved_ = 0;
  // Prepared on the first clip asked for, then reused. Only the UI thread reads clips (the
  // checker and the stats writer open their own connections), so one statement each serves.
  mutable std::unique_ptr<Statement> speech_query_;
  mutable std::unique_ptr<Statement> speaks_query_;
};

}  // namespace kiosk::store
