// Finding each recording's text in the built content, checking the recording, and storing it.
#include "tool/recordings.hpp"

#include <fstream>
#include <iterator>
#include <optional>
#include <ostream>
#include <string>

#include "core/content_limits.hpp"
#include "store/ogg_opus.hpp"

namespace kiosk::tool {
namespace {

// The largest clip stored: half of what the kiosk reads in a row, as for rendered clips.
constexpr std::size_t kMostClipBytes = limits::kMaxStoredBytes / 2;

std::optional<std::string> card_field(const Card& card, const std::string& field) {
  if (field == "title") return card.title;
  if (field == "date") return card.date_label;
  if (field == "body") return card.body;
  if (!card.quote) return std::nullopt;
  if (field == "quote") return card.quote->words;
  return card.quote->speaker;
}

// The text `rec` names, in its language; nullopt (and why in `why`) when there is none.
std::optional<std::string> text_of(const model::Recording& rec, const ContentLibrary& built,
                                   std::string& why) {
  if (!rec.card.empty()) {
    for (int i = 0; i < built.card_count(); ++i) {
      const std::optional<Card> card = built.card(i);
      if (!card || card->key != rec.card) continue;
      std::optional<std::string> text = card_field(*card, rec.field);
      if (!text || text->empty()) why = "card '" + rec.card + "' shows no " + rec.field;
      return text && !text->empty() ? text : std::nullopt;
    }
    why = "no card '" + rec.card + "'";
    return std::nullopt;
  }
  for (int i = 0; i < built.question_count(); ++i) {
    const std::optional<Question> q = built.question(i);
    if (!q || q->key != rec.question) continue;
    return rec.field == "prompt" ? q->prompt : q->explanation;
  }
  why = "no question '" + rec.question + "' (kiosk-db export lists their ids)";
  return std::nullopt;
}

std::vector<std::uint8_t> read_whole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The checked clip of `rec`; nullopt, with the reason said, when it cannot be stored.
std::optional<SpeechClip> clip_of(const model::Recording& rec, std::ostream& err) {
  const std::string where = rec.origin.file + ":" + std::to_string(rec.origin.line) + ": error: ";
  std::vector<std::uint8_t> bytes = read_whole(rec.path);
  if (bytes.size() > kMostClipBytes) {
    err << where << rec.audio << " is " << bytes.size() / 1024 << " KB, more than the "
        << kMostClipBytes / 1024
        << " KB a clip may be (shorten it, or encode it at 12-16 kbit/s)\n";
    return std::nullopt;
  }
  const store::ClipDecode decoded = store::decode_ogg_opus(bytes);
  if (!decoded.problem.empty()) {
    err << where << rec.audio << " is not a playable Ogg Opus recording: " << decoded.problem
        << '\n';
    return std::nullopt;
  }
  return SpeechClip{std::move(bytes), decoded.seconds};
}

void put(std::vector<store::StoredClip>& clips, store::StoredClip clip) {
  for (store::StoredClip& c : clips) {
    if (c.language == clip.language && c.text == clip.text) {
      c = std::move(clip);
      return;
    }
  }
  clips.push_back(std::move(clip));
}

}  // namespace

bool apply_recordings(const std::vector<model::Recording>& recordings, ContentLibrary& built,
                      std::vector<store::StoredClip>& clips, std::ostream& err) {
  bool all_good = true;
  for (const model::Recording& rec : recordings) {
    built.set_language(rec.language);
    std::string why;
    const std::optional<std::string> text = text_of(rec, built, why);
    if (!text) {
      err << rec.origin.file << ':' << rec.origin.line << ": error: recording " << rec.audio
          << " speaks nothing: " << why << '\n';
      all_good = false;
      continue;
    }
    std::optional<SpeechClip> clip = clip_of(rec, err);
    if (!clip) {
      all_good = false;
      continue;
    }
    put(clips, {rec.language, *text, std::move(*clip), store::SpeechOrigin::Recording, rec.audio});
  }
  if (!built.meta().default_language.empty()) built.set_language(built.meta().default_language);
  return all_good;
}

}  // namespace kiosk::tool
