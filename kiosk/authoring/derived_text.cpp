// Facts' sentences, sources' credit lines and cards' labels in every language.
#include "authoring/derived_text.hpp"

#include <vector>

#include "authoring/local_wording.hpp"

namespace kiosk::authoring {
namespace {

class Deriver {
 public:
  Deriver(model::Content& c, TranslationGaps& gaps, Diagnostics& out)
      : c_(c), wording_(c), gaps_(gaps), out_(out) {}

  void run() {
    for (const std::string& lang : c_.meta.languages) {
      for (model::Fact& f : c_.facts) fact(f, lang);
      for (model::Source& s : c_.sources) source(s, lang);
      for (model::Card& item : c_.cards) card(item, lang);
    }
  }

 private:
  // Whether `made` has text; when not, the language's gap, or an error in the default language.
  bool whole(const Made& made, const std::string& lang, const std::string& item,
             const model::Origin& at) {
    if (made.text) return true;
    if (lang == c_.meta.default_language) {
      out_.error(at.file, at.line,
                 item + " cannot be made in '" + lang + "', the default language: " + made.missing);
    } else {
      gaps_.record(lang, item, made.missing);
    }
    return false;
  }

  void fact(model::Fact& f, const std::string& lang) {
    const std::string item = "fact '" + f.id + "'";
    const Made sentence = wording_.fact_sentence(f, lang);
    const Made value = wording_.value_label(f, lang);
    if (!whole(sentence, lang, item, f.origin) || !whole(value, lang, item, f.origin)) return;
    f.sentence[lang] = *sentence.text;
    f.shown_value[lang] = *value.text;
  }

  void source(model::Source& s, const std::string& lang) {
    const Made label = wording_.source_label(s, lang);
    if (whole(label, lang, "source '" + s.id + "'", s.origin)) s.label[lang] = *label.text;
  }

  void card(model::Card& card, const std::string& lang) {
    const std::string item = "card '" + card.id + "'";
    if (card.date) {
      const Made label = wording_.date_label(*card.date, lang, Capital::First);
      if (whole(label, lang, item, card.origin)) card.date_label[lang] = *label.text;
      card.timeline_date[lang] = wording_.short_date(card.date->date, lang);
    }
    differences(card, lang);
  }

  // A card's notes in a language only when every one of them is whole in it.
  void differences(model::Card& card, const std::string& lang) {
    std::vector<std::string> notes;
    for (const model::DifferenceNote& note :
         model::difference_notes(wording_.index(), card, c_.meta.default_language)) {
      const Made text = wording_.difference_note(*note.fact, lang);
      if (!whole(text, lang, "card '" + card.id + "' \"sources differ\"", note.fact->origin)) {
        return;
      }
      notes.push_back(*text.text);
    }
    if (!notes.empty()) card.differences[lang] = std::move(notes);
  }

  model::Content& c_;
  LocalWording wording_;
  TranslationGaps& gaps_;
  Diagnostics& out_;
};

}  // namespace

void derive_texts(model::Content& content, TranslationGaps& gaps, Diagnostics& out) {
  Deriver(content, gaps, out).run();
}

}  // namespace kiosk::authoring
