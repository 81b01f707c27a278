// Leaving out questions so that no one person dominates the bank.
#include "authoring/balance.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <string>

#include "core/wording.hpp"

namespace kiosk::authoring {
namespace {

using model::GeneratedQuestion;

// The person a question's right answer names, or "" when it names nobody.
std::string answer_person(const model::Index& index, const GeneratedQuestion& q) {
  for (const auto& c : q.choices) {
    if (!c.correct || c.entity.empty()) continue;
    const model::Entity* e = index.entity(c.entity);
    if (e != nullptr && e->kind == model::EntityKind::Person) return e->id;
  }
  return {};
}

using Counted = std::function<bool(const GeneratedQuestion&)>;

// The most frequent answer person among the questions `counted` takes, with their count.
std::pair<std::string, int> top_person(const model::Index& index,
                                       const std::vector<GeneratedQuestion>& questions,
                                       const Counted& counted) {
  std::map<std::string, int> counts;
  for (const auto& q : questions) {
    if (!counted(q)) continue;
    if (const std::string p = answer_person(index, q); !p.empty()) ++counts[p];
  }
  std::pair<std::string, int> top;
  for (const auto& [person, n] : counts) {
    if (n > top.second) top = {person, n};
  }
  return top;
}

// Which of `person`'s counted questions to leave out: a "who said" first, then the hardest,
// then the last.
std::size_t victim(const model::Index& index, const std::vector<GeneratedQuestion>& questions,
                   const std::string& person, const Counted& counted) {
  std::size_t best = questions.size();
  auto rank = [](const GeneratedQuestion& q) {
    return std::pair{q.kind == QuestionKind::WhoSaid ? 1 : 0, q.difficulty};
  };
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const auto& q = questions[i];
    if (!counted(q) || answer_person(index, q) != person) continue;
    if (best == questions.size() || rank(q) >= rank(questions[best])) best = i;
  }
  return best;
}

void note_left_out(const model::Index& index, const GeneratedQuestion& q, const std::string& why,
                   Diagnostics& out) {
  model::Origin at;
  if (const model::Fact* f = index.fact(q.fact)) at = f->origin;
  if (const model::Quote* quote = index.quote(q.quote)) at = quote->origin;
  out.note(at.file, at.line, "question '" + q.id + "' left out: " + why);
}

// Leaves out questions counted by `counted` while one person answers more than `share` %.
void cap(model::Content& c, int share, const Counted& counted, const std::string& what,
         Diagnostics& out) {
  const model::Index index(c);
  while (true) {
    const auto total = std::count_if(c.questions.begin(), c.questions.end(), counted);
    const int allowed = std::max<int>(kMinPerPerson, static_cast<int>(total * share / 100));
    const auto [person, n] = top_person(index, c.questions, counted);
    if (n <= allowed) return;
    const std::size_t i = victim(index, c.questions, person, counted);
    note_left_out(index, c.questions[i],
                  "'" + person + "' would be the answer of more than " + std::to_string(share) +
                      " % of " + what,
                  out);
    c.questions.erase(c.questions.begin() + static_cast<std::ptrdiff_t>(i));
  }
}

}  // namespace

void balance_bank(model::Content& content, Diagnostics& out) {
  cap(
      content, kMaxSpeakerShare,
      [](const GeneratedQuestion& q) { return q.kind == QuestionKind::WhoSaid; },
      "the \"who said this?\" questions", out);
  cap(
      content, kMaxPersonShare, [](const GeneratedQuestion&) { return true; }, "all questions",
      out);
}

}  // namespace kiosk::authoring
