// Generating synthetic content.
#include "tool/synth_command.hpp"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <stdexcept>

#include "authoring/build.hpp"
#include "core/question_kinds.hpp"
#include "store/sqlite.hpp"
#include "store/writer.hpp"

namespace kiosk::tool {
namespace {

model::LocalText en(std::string text) { return {{"en", std::move(text)}}; }

const char* const kWords[] = {"museum", "visitors",   "archive", "summit",  "treaty",  "station",
                              "orbit",  "delegation", "report",  "council", "harbour", "capital"};

std::string sentence(int seed, int words) {
  std::string s = "Synthetic";
  for (int i = 0; i < words; ++i) s += std::string(" ") + kWords[(seed * 7 + i * 3) % 12];
  return s + ".";
}

void add_base(model::Content& c, const SynthCommand& command) {
  c.meta.title = en("Synthetic content, " + std::to_string(command.questions) + " questions");
  c.meta.subtitle = en("For measuring");
  c.meta.content_version = command.version;
  c.meta.languages = {"en"};
  c.meta.default_language = "en";
  c.meta.build_time = authoring::build_timestamp();
  c.sources.push_back(
      {"synthetic",
       "synthetic.txt",
       "Synthetic Press",
       en("Synthetic Press"),
       en("Generated text"),
       model::DateValue{Date{2024, 1, 1, DatePrecision::Day}, DateInference::Stated, ""},
       "",
       "",
       {},
       {}});
  c.entities.push_back(
      {"place", model::EntityKind::Place, en("Synthetic City"), {}, {}, "", {}, {}, {}, {}});
  c.relations.push_back({"noted",
                         model::EntityKind::Place,
                         model::ValueKind::Number,
                         std::nullopt,
                         model::Cardinality::Many,
                         en("{subject} noted {value}."),
                         {},
                         {},
                         {}});
}

void add_facts(model::Content& c, int count) {
  for (int i = 0; i < count; ++i) {
    model::Fact f;
    f.id = "fact-" + std::to_string(i);
    f.subject = "place";
    f.relation = "noted";
    f.number = i;
    f.statement = en(sentence(i, 12));
    f.sources = {{"synthetic", "synthetic"}};
    f.independent_sources = 1;
    c.facts.push_back(std::move(f));
  }
}

void add_cards(model::Content& c, int count) {
  for (int i = 0; i < count; ++i) {
    model::Card card;
    card.id = "card-" + std::to_string(i);
    card.title = en("Synthetic card " + std::to_string(i + 1));
    card.date = model::DateValue{date_from_days(19000 + i % 2000), DateInference::Stated, ""};
    card.place = "place";
    card.body = en(sentence(i, 30) + "\n\n" + sentence(i + 1, 25) + "\n\n" + sentence(i + 2, 20));
    card.sources = {"synthetic"};
    c.cards.push_back(std::move(card));
  }
}

void add_questions(model::Content& c, int count) {
  for (int i = 0; i < count; ++i) {
    model::GeneratedQuestion q;
    q.kind = kQuestionKinds[static_cast<std::size_t>(i) % kQuestionKinds.size()];
    q.id = "synthetic:" + std::to_string(i);
    q.fact = "fact-" + std::to_string(i % std::max<int>(1, static_cast<int>(c.facts.size())));
    q.difficulty = 1 + i % 3;
    q.prompt = en("Synthetic question " + std::to_string(i + 1) + ": " + sentence(i, 10) + "?");
    q.explanation = en(sentence(i + 5, 14));
    q.sources = {"synthetic"};
    q.card = c.cards[static_cast<std::size_t>(i) % c.cards.size()].id;
    if (q.kind == QuestionKind::TrueFalse) {
      q.choices = {{en("True"), i % 2 == 0, ""}, {en("False"), i % 2 != 0, ""}};
    } else {
      q.choices.push_back({en("Right answer " + std::to_string(i)), true, ""});
      for (int w = 0; w < 3; ++w)
        q.choices.push_back(
            {en("Wrong answer " + std::to_string(w) + " to " + std::to_string(i)), false, ""});
    }
    c.questions.push_back(std::move(q));
  }
}

}  // namespace

model::Content synthetic_content(const SynthCommand& command) {
  model::Content c;
  add_base(c, command);
  add_facts(c, std::min(command.questions, 1000));
  add_cards(c, command.cards);
  add_questions(c, command.questions);
  return c;
}

Exit synth(const SynthCommand& command, std::ostream& out, std::ostream& err) {
  if (command.questions < 1 || command.cards < 1) {
    err << "kiosk-db: synth needs at least one question and one card\n";
    return Exit::Usage;
  }
  try {
    store::write_database(synthetic_content(command), command.output);
  } catch (const store::StoreError& e) {
    err << "kiosk-db: cannot write " << command.output << ": " << e.what() << '\n';
    return Exit::Problem;
  }
  out << "wrote " << command.output << ": " << command.cards << " cards, " << command.questions
      << " questions (synthetic, version " << command.version << ")\n";
  return Exit::Ok;
}

namespace {

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) throw std::runtime_error("cannot write '" + path + "'");
}

// People visit cities: each fact yields a which-city, a who and a true-or-false question.
std::string synthetic_entities(int people, int cities) {
  std::string t;
  for (int i = 0; i < people; ++i) {
    t += "[[entity]]\nid = \"p" + std::to_string(i) +
         "\"\nkind = \"person\"\ngroup = \"people\"\n"
         "name = \"Person " +
         std::to_string(i) + "\"\n\n";
  }
  for (int i = 0; i < cities; ++i) {
    t += "[[entity]]\nid = \"c" + std::to_string(i) +
         "\"\nkind = \"place\"\ngroup = \"cities\"\n"
         "name = \"City " +
         std::to_string(i) + "\"\n\n";
  }
  return t;
}

std::string synthetic_facts(int people, int cities) {
  std::string t;
  for (int i = 0; i < people; ++i) {
    t += "[[fact]]\nid = \"f" + std::to_string(i) + "\"\nsubject = \"p" + std::to_string(i) +
         "\"\nrelation = \"visited\"\nobject = \"c" + std::to_string(i % cities) +
         "\"\nsources = [{ source = \"synthetic\", evidence = \"synthetic\" }]\n\n";
  }
  return t;
}

// Card k shows every fact f whose number is k modulo the number of cards.
std::string synthetic_cards(int cards, int facts) {
  std::string t;
  for (int i = 0; i < cards; ++i) {
    std::string listed;
    for (int f = i; f < facts; f += cards)
      listed += (listed.empty() ? "\"f" : ", \"f") + std::to_string(f) + "\"";
    t += "[[card]]\nid = \"k" + std::to_string(i) + "\"\ntitle = \"Synthetic card " +
         std::to_string(i + 1) + "\"\ndate = \"2024-01-01\"\nbody = \"" + sentence(i, 30) +
         "\"\nsources = [\"synthetic\"]\nfacts = [" + listed + "]\n\n";
  }
  return t;
}

// The builder's words, in English (interface.toml's [phrases.en], which a source must give).
std::string synthetic_interface() {
  return "[phrases.en]\n"
         "true_or_false = \"True or false? {statement}\"\n"
         "true = \"True\"\n"
         "false = \"False\"\n"
         "true_explained = \"True. {statement}\"\n"
         "false_explained = \"False. {statement}\"\n"
         "who_said_direct = \"Who said this? \\u201C{words}\\u201D\"\n"
         "who_said_translated = \"Who said this? \\u201C{words}\\u201D (our translation)\"\n"
         "who_said_indirect = \"Who said that {words}?\"\n"
         "who_said_explained = \"{speaker}, {role}, said this {context}.\"\n"
         "who_said_explained_plain = \"{speaker} said this {context}.\"\n"
         "approximately = \"about {number}\"\n"
         "date_inferred = \"{date} (date inferred)\"\n"
         "year_inferred = \"{date} (year inferred)\"\n"
         "undated = \"undated\"\n"
         "source_label = \"{outlet}, {date}\"\n"
         "list_and = \"{list} and {item}\"\n"
         "difference_note = \"{outlets}: {statement}\"\n";
}

}  // namespace

Exit synth_source(const SynthCommand& command, std::ostream& out, std::ostream& err) {
  // Three questions a fact (which city, who, true or false): one city per person.
  const int people = std::max(4, command.questions / 3);
  const int cities = std::max(5, people);
  try {
    std::filesystem::create_directories(command.source_dir);
    const std::string d = command.source_dir + "/";
    write_file(d + "kiosk.toml", "title = \"Synthetic source\"\ncontent_version = \"" +
                                     command.version +
                                     "\"\nlanguages = [\"en\"]\ndefault_language = \"en\"\n");
    write_file(d + "sources.toml",
               "[[source]]\nid = \"synthetic\"\nfile = \"synthetic.txt\"\n"
               "outlet = \"Synthetic Press\"\ntitle = \"Generated\"\ndate = \"2024-01-01\"\n");
    write_file(d + "relations.toml",
               "[[relation]]\nid = \"visited\"\nsubject_kind = \"person\"\nvalue = \"entity\"\n"
               "object_kind = \"place\"\ncardinality = \"one\"\nstatement = \"{subject} visited "
               "{object}.\"\n"
               "ask_subject = \"Who visited {object}?\"\nask_value = \"Which city did {subject} "
               "visit?\"\n");
    write_file(d + "entities.toml", synthetic_entities(people, cities));
    write_file(d + "facts.toml", synthetic_facts(people, cities));
    write_file(d + "quotes.toml", "");
    write_file(d + "cards.toml", synthetic_cards(command.cards, people));
    write_file(d + "interface.toml", synthetic_interface());
  } catch (const std::exception& e) {
    err << "kiosk-db: " << e.what() << '\n';
    return Exit::Problem;
  }
  out << "wrote a content source to " << command.source_dir << ": " << people << " facts, "
      << command.cards << " cards\n";
  return Exit::Ok;
}

}  // namespace kiosk::tool
