// Finding people by the titles and speech around their names.
#include "authoring/extract/people.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <set>

namespace kiosk::extract {
namespace {

constexpr std::array<std::string_view, 36> kRoleWords{
    "president",    "presidents",   "minister",    "adviser",         "advisor",   "ceo",
    "director",     "head",         "cosmonaut",   "pilot-cosmonaut", "astronaut", "leader",
    "chief",        "spokesman",    "spokeswoman", "secretary",       "chairman",  "deputy",
    "predecessor",  "general",      "opposition",  "mayor",           "prime",     "governor",
    "ambassador",   "commander",    "master",      "officer",         "manager",   "official",
    "spokesperson", "commissioner", "captain",     "professor",       "analyst",   "expert"};

bool is_role_word(std::string_view w) {
  const std::string l = lower(w);
  return std::find(kRoleWords.begin(), kRoleWords.end(), l) != kRoleWords.end();
}

// Capitalised words that begin sentences or name nations, never people.
bool never_a_name(std::string_view w) {
  static const std::set<std::string> kWords{
      "The",    "A",          "An",          "This",    "That",     "These",     "Those",
      "In",     "On",         "At",          "For",     "With",     "By",        "As",
      "It",     "He",         "She",         "They",    "We",       "Our",       "Its",
      "His",    "Her",        "If",          "But",     "And",      "Also",      "Then",
      "Now",    "So",         "Earlier",     "Back",    "Both",     "Moreover",  "Therefore",
      "Maybe",  "Belarusian", "Belarusians", "Russian", "Russians", "Ukrainian", "Ukrainians",
      "Polish", "Chinese",    "American",    "Western", "Soviet",   "Belarus",   "Russia",
      "Ukraine"};
  return kWords.contains(std::string(w));
}

bool starts_upper(std::string_view w) {
  return !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
}

// Last words of names of institutions and places, which titles often precede.
bool ends_an_institution(std::string_view w) {
  static const std::set<std::string> kWords{
      "Center", "Centre", "Station",   "Council",   "Day",      "State",  "City",
      "Agency", "Union",  "Institute", "Committee", "Ministry", "Office", "Federation"};
  return kWords.contains(std::string(w));
}

bool capitalised(std::string_view w) {
  return w.size() > 1 && std::isupper(static_cast<unsigned char>(w[0])) && !never_a_name(w);
}

// Drops a possessive: "Shoigu’s" -> "Shoigu", "Borisov's" -> "Borisov".
std::string_view bare(std::string_view w) {
  for (const std::string_view s : {std::string_view("\u2019s"), std::string_view("'s")}) {
    if (w.ends_with(s)) return w.substr(0, w.size() - s.size());
  }
  return w;
}

struct Word {
  Span span;
  std::string_view text;
};

std::vector<Word> words_of(const Document& doc, Span within) {
  std::vector<Word> words;
  const std::string& t = doc.text();
  std::size_t i = within.begin;
  while (i < within.end) {
    while (i < within.end && !is_word_byte(t[i])) ++i;
    const std::size_t start = i;
    while (i < within.end &&
           (is_word_byte(t[i]) || (t[i] == '.' && i + 1 < within.end &&
                                   std::isalpha(static_cast<unsigned char>(t[i + 1]))))) {
      ++i;
    }
    // A typographic apostrophe (’, 3 bytes of 0x80+) is already a word byte.
    if (i > start) words.push_back({{start, i}, std::string_view(t).substr(start, i - start)});
  }
  return words;
}

const std::array<std::string_view, 7> kSpeechVerbs{"said",  "says",     "told",      "stressed",
                                                   "noted", "remarked", "emphasised"};

}  // namespace

void read_descriptors(std::string_view phrase, std::set<std::string>& nations, bool& leader) {
  const std::string l = lower(phrase);
  for (const auto& [word, nation] :
       {std::pair{"belarus", "belarus"}, std::pair{"belarusian", "belarus"},
        std::pair{"russia", "russia"}, std::pair{"russian", "russia"},
        std::pair{"ukrain", "ukraine"}, std::pair{"american", "usa"}}) {
    if (l.find(word) != std::string::npos) nations.insert(nation);
  }
  // "Russian" contains "russia": fine, same nation. "Belarusian-Russian" names both.
  if (l.find("president") != std::string::npos || l.find("leader") != std::string::npos ||
      l.find("head of state") != std::string::npos) {
    leader = true;
  }
}

People::People(const Document& doc) {
  find_named(doc);
  find_described(doc);
  std::sort(mentions_.begin(), mentions_.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
}

std::optional<std::size_t> People::by_name(std::string_view word) const {
  const std::string_view w = bare(word);
  for (std::size_t i = 0; i < people_.size(); ++i) {
    const std::string& n = people_[i].name;
    if (n == w || n.ends_with(" " + std::string(w))) return i;
  }
  return std::nullopt;
}

namespace {

// The first word of a title just before the name at `i` ("director general of Roscosmos,
// Yury Borisov"): only capitalised words, role words and "of", "and", "the" between them.
std::optional<std::size_t> title_before(const std::vector<Word>& words, std::size_t i) {
  for (std::size_t k = i; k > 0 && i - k < 6; --k) {
    const std::string_view w = words[k - 1].text;
    if (is_role_word(w)) {
      std::size_t role_at = k - 1;
      while (role_at > 0 && i - role_at < 6 &&
             (starts_upper(words[role_at - 1].text) || is_role_word(words[role_at - 1].text)) &&
             words[role_at - 1].span.end + 1 == words[role_at].span.begin) {
        --role_at;  // its qualifiers: "Roscosmos First Deputy CEO", "Belarusian President"
      }
      return role_at;
    }
    if (!starts_upper(w) && w != "of" && w != "and" && w != "the") break;
  }
  return std::nullopt;
}

// ", chief political adviser" right after the name that ends at `end`.
bool apposition_after(const Document& doc, Span paragraph, std::size_t end) {
  const std::string_view after =
      std::string_view(doc.text()).substr(end, std::min<std::size_t>(40, paragraph.end - end));
  if (!after.starts_with(", ")) return false;
  for (const Word& w : words_of(doc, {end, std::min(paragraph.end, end + 40)})) {
    if (is_role_word(w.text)) return true;
  }
  return false;
}

// Whether words[i] and words[i + 1] can be a given name and surname at all.
bool could_be_a_name(const std::vector<Word>& words, std::size_t i) {
  if (!capitalised(words[i].text) || !capitalised(bare(words[i + 1].text))) return false;
  if (is_role_word(words[i].text)) return false;
  // Given name and surname stand side by side, one space apart: "Belarus, Aleksandr" is no name.
  if (words[i + 1].span.begin != words[i].span.end + 1) return false;
  return !ends_an_institution(bare(words[i + 1].text));
}

// A person first met at words[i..last], with what the text says of them: the title before
// ("Belarusian President") or, without one, an apposition after (", President of Belarus,").
Person new_person(const Document& doc, Span paragraph, const std::vector<Word>& words,
                  std::size_t i, std::optional<std::size_t> role_at, bool apposition) {
  const std::size_t last = i + 1;
  Person person;
  person.name = std::string(words[i].text) + " " + std::string(bare(words[last].text));
  person.first_offset = words[i].span.begin;
  if (role_at) {
    const std::string_view title = doc.slice({words[*role_at].span.begin, words[i].span.begin});
    person.role = std::string(title);
    while (!person.role.empty() && (person.role.back() == ' ' || person.role.back() == ',')) {
      person.role.pop_back();
    }
    read_descriptors(title, person.nations, person.leader);
  } else if (apposition) {
    const std::size_t from = words[last].span.end + 2;
    const std::size_t stop = doc.text().find_first_of(",.;", from);
    read_descriptors(doc.slice({from, std::min(paragraph.end, stop)}), person.nations,
                     person.leader);
  }
  if (person.nations.size() > 1) person.nations.clear();  // "presidents of Russia and Belarus"
  return person;
}

}  // namespace

// Names are two or three capitalised words with a sign that they are a person: a role word
// shortly before ("Belarusian President Alexander Lukashenko"), a role after a comma
// ("Franak Viačorka, chief political adviser"), or a speech verb right after.
void People::find_named(const Document& doc) {
  for (const Span& p : doc.paragraphs()) {
    const std::vector<Word> words = words_of(doc, p);
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      if (!could_be_a_name(words, i)) continue;
      const std::size_t last = i + 1;  // given name and surname
      const std::optional<std::size_t> role_at = title_before(words, i);
      const bool apposition = apposition_after(doc, p, words[last].span.end);
      const bool speaks =
          last + 1 < words.size() && std::find(kSpeechVerbs.begin(), kSpeechVerbs.end(),
                                               words[last + 1].text) != kSpeechVerbs.end();
      if (!role_at && !apposition && !speaks) continue;
      std::size_t index = 0;
      if (const auto known = by_name(bare(words[last].text))) {
        index = *known;
      } else {
        people_.push_back(new_person(doc, p, words, i, role_at, apposition));
        index = people_.size() - 1;
      }
      mentions_.push_back({{words[i].span.begin, words[last].span.end}, index});
      i = last;
    }
  }
  find_surnames(doc);
}

// Surnames alone ("Lukashenko said") are mentions of the person already found.
void People::find_surnames(const Document& doc) {
  for (const Span& p : doc.paragraphs()) {
    for (const Word& w : words_of(doc, p)) {
      if (!capitalised(w.text)) continue;
      const bool inside = std::any_of(mentions_.begin(), mentions_.end(), [&](const Mention& m) {
        return m.span.contains(w.span.begin);
      });
      if (inside) continue;
      for (std::size_t i = 0; i < people_.size(); ++i) {
        const std::string& n = people_[i].name;
        if (n.ends_with(" " + std::string(bare(w.text)))) mentions_.push_back({w.span, i});
      }
    }
  }
}

// Descriptions that stand for a person: "the Russian leader", "the President of Belarus",
// "The Belarusian Head of State".
void People::find_described(const Document& doc) {
  static const std::regex pattern(
      R"(\b[Tt]he (Belarusian|Russian) (leader|president|President|Head of State)\b|\b[Tt]he (President|Head of State|leader) of (Belarus|Russia)\b)");
  const std::string& t = doc.text();
  for (std::sregex_iterator it(t.begin(), t.end(), pattern), end; it != end; ++it) {
    const auto at = static_cast<std::size_t>(it->position());
    if (const auto who = resolve(it->str())) {
      mentions_.push_back({{at, at + static_cast<std::size_t>(it->length())}, *who});
    }
  }
}

std::optional<std::size_t> People::resolve(std::string_view phrase) const {
  // A name or surname anywhere in the phrase.
  std::string word;
  for (std::size_t i = 0; i <= phrase.size(); ++i) {
    if (i < phrase.size() && is_word_byte(phrase[i])) {
      word += phrase[i];
      continue;
    }
    if (capitalised(word) && !is_role_word(word)) {
      if (const auto p = by_name(word)) return p;
    }
    word.clear();
  }
  std::set<std::string> nations;
  bool leader = false;
  read_descriptors(phrase, nations, leader);
  if (!leader || nations.size() != 1) return std::nullopt;
  for (std::size_t i = 0; i < people_.size(); ++i) {
    if (people_[i].leader && people_[i].nations == nations) return i;
  }
  return std::nullopt;
}

std::optional<Mention> People::first_in(Span span, const std::vector<Span>& except) const {
  for (const Mention& m : mentions_) {
    if (m.span.begin < span.begin || m.span.end > span.end) continue;
    const bool excluded = std::any_of(except.begin(), except.end(),
                                      [&](const Span& e) { return e.contains(m.span.begin); });
    if (!excluded) return m;
  }
  return std::nullopt;
}

}  // namespace kiosk::extract
