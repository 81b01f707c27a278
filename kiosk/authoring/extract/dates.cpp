// Recognising and resolving dates.
#include "authoring/extract/dates.hpp"

#include <algorithm>
#include <array>
#include <regex>

namespace kiosk::extract {
namespace {

constexpr std::array<std::string_view, 12> kMonths{"January",   "February", "March",    "April",
                                                   "May",       "June",     "July",     "August",
                                                   "September", "October",  "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdays{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                    "Friday", "Saturday", "Sunday"};

int month_number(const std::string& name) {
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i] == name) return static_cast<int>(i) + 1;
  }
  return 0;
}

const std::string kMonthPattern =
    "(January|February|March|April|May|June|July|August|September|October|November|December)";

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// "2024-04-11", or "--04-11" without a year.
std::string month_day(std::optional<int> year, int month, int day) {
  return (year ? std::to_string(*year) : std::string("-")) + "-" + two(month) + "-" + two(day);
}

// Monday = 0.
int weekday_of(const Date& d) {
  return static_cast<int>(((days_since_epoch(d) % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
}

// What has been read so far: the dateline and the last day-precise date mentioned.
struct Resolver {
  std::optional<Dateline> dateline;
  std::optional<Date> last;
  bool last_has_year = false;

  void remember(const Date& d, bool has_year) {
    last = d;
    last_has_year = has_year;
  }
};

// One match of a date pattern, with its groups, waiting to be resolved in text order.
struct Hit {
  std::size_t offset = 0;
  bool relative = false;
  std::vector<std::string> groups;  // [0] the whole match
  std::vector<bool> matched;
};

std::vector<Hit> hits(const Document& doc, const std::regex& pattern, bool relative) {
  std::vector<Hit> out;
  const std::string& t = doc.text();
  for (std::sregex_iterator it(t.begin(), t.end(), pattern), end; it != end; ++it) {
    Hit h{static_cast<std::size_t>(it->position()), relative, {}, {}};
    for (std::size_t g = 0; g < it->size(); ++g) {
      h.groups.push_back((*it)[g].str());
      h.matched.push_back((*it)[g].matched);
    }
    out.push_back(std::move(h));
  }
  return out;
}

Candidate make(const Document& doc, std::size_t at, const std::string& text) {
  Candidate c;
  c.kind = CandidateKind::Date;
  c.text = text;
  c.source = doc.name();
  c.offset = at;
  c.sentence = std::string(doc.slice(doc.sentence_at(at)));
  return c;
}

std::string iso_of(const Date& d, bool has_year) {
  return month_day(has_year ? std::optional(d.year) : std::nullopt, d.month, d.day);
}

const std::regex& absolute_pattern() {
  static const std::regex pattern("\\b" + kMonthPattern +
                                  " (\\d{1,2})(?:st|nd|rd|th)?(?: and (\\d{1,2}))?(?:,? (\\d{4}))?"
                                  "( of this year)?\\b|\\b" +
                                  kMonthPattern +
                                  " (\\d{4})\\b|\\b(\\d{1,2})\\.(\\d{2})\\.(\\d{4})\\b|"
                                  "\\b(?:in|back in|since|of|year) ((?:19|20)\\d{2})\\b");
  return pattern;
}

const std::regex& relative_pattern() {
  static const std::regex pattern(
      "\\b(?:on |last |next |this )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|"
      "\\b(today|yesterday|tomorrow)\\b|\\b(?:[Oo]n )?[Tt]he (following|next) day\\b|"
      "\\bthe day before\\b|\\b([Tt]his|[Ll]ast|[Nn]ext) week\\b|\\b(?:on )?the same day\\b");
  return pattern;
}

Candidate absolute(const Document& doc, const Hit& h, Resolver& r) {
  const auto& g = h.groups;
  Candidate c = make(doc, h.offset, g[0]);
  if (h.matched[1]) {  // Month Day
    const int month = month_number(g[1]);
    const int day = std::stoi(g[2]);
    std::optional<int> year = h.matched[4] ? std::optional(std::stoi(g[4])) : std::nullopt;
    if (!year && r.dateline && r.dateline->year_known) {
      year = r.dateline->date.year;
      c.note = "year from the dateline";
    }
    c.value = month_day(year, month, day);
    if (h.matched[3]) c.value += "/" + month_day(year, month, std::stoi(g[3]));
    r.remember(Date{year.value_or(2000), month, day, DatePrecision::Day}, year.has_value());
  } else if (h.matched[6]) {  // Month Year
    c.value = g[7] + "-" + two(month_number(g[6]));
  } else if (h.matched[8]) {  // DD.MM.YYYY
    c.value = g[10] + "-" + g[9] + "-" + two(std::stoi(g[8]));
  } else {  // a year on its own: the candidate is the year, not the word before it
    c.text = g[11];
    c.offset = h.offset + g[0].size() - g[11].size();
    c.value = g[11];
  }
  return c;
}

Candidate relative(const Document& doc, const Hit& h, const Resolver& r) {
  const auto& g = h.groups;
  Candidate c = make(doc, h.offset, g[0]);
  const std::optional<Dateline>& d = r.dateline;
  if (h.matched[1]) {
    if (d && d->year_known) {
      // The nearest such day: ahead for what "will" happen, back for what did.
      const int want =
          static_cast<int>(std::find(kWeekdays.begin(), kWeekdays.end(), g[1]) - kWeekdays.begin());
      const bool future = c.sentence.find(" will ") != std::string::npos;
      long day = days_since_epoch(d->date);
      while (weekday_of(date_from_days(day)) != want) day += future ? 1 : -1;
      c.value = to_iso(date_from_days(day));
      c.note =
          future ? "the next such day from the dateline" : "the last such day before the dateline";
    } else {
      c.note = d ? "the dateline gives no year, so the weekday cannot be placed"
                 : "the document gives no date to count from";
    }
  } else if (h.matched[2] && r.last) {
    // "Today" in a report is the day of the events it tells, the last date it gave (or its
    // dateline); a publication date can be days later.
    const long shift = g[2] == "today" ? 0 : (g[2] == "yesterday" ? -1 : 1);
    c.value = iso_of(date_from_days(days_since_epoch(*r.last) + shift), r.last_has_year);
    c.note = "relative to the last date given before it";
  } else if ((h.matched[3] || g[0] == "the day before" || g[0].ends_with("the same day")) &&
             r.last) {
    const long shift = g[0] == "the day before" ? -1 : (g[0].ends_with("the same day") ? 0 : 1);
    c.value = iso_of(date_from_days(days_since_epoch(*r.last) + shift), r.last_has_year);
    c.note = "relative to the date mentioned before it";
  } else {
    c.note = h.matched[2] ? "the document gives no date to count from" : "too vague to place";
  }
  return c;
}

}  // namespace

std::optional<Dateline> find_dateline(const Document& doc) {
  static const std::regex line_pattern("^[A-Z][A-Z .'-]+, " + kMonthPattern + " (\\d{1,2})\\b");
  static const std::regex posted_pattern("Posted: (\\d{2})\\.(\\d{2})\\.(\\d{4})");
  const std::string& t = doc.text();
  std::smatch m;
  if (std::regex_search(t, m, posted_pattern)) {
    const auto date = parse_iso_date(m[3].str() + "-" + m[2].str() + "-" + m[1].str());
    if (date) return Dateline{*date, true};
  }
  for (const Span& p : doc.paragraphs()) {
    const std::string line(doc.slice(p));
    if (std::regex_search(line, m, line_pattern)) {
      // No year: 2000 is a placeholder that is never shown (year_known is false).
      return Dateline{Date{2000, month_number(m[1]), std::stoi(m[2]), DatePrecision::Day}, false};
    }
  }
  return std::nullopt;
}

std::vector<Candidate> find_dates(const Document& doc) {
  Resolver r;
  r.dateline = find_dateline(doc);
  if (r.dateline) r.remember(r.dateline->date, r.dateline->year_known);
  std::vector<Hit> all = hits(doc, absolute_pattern(), false);
  for (Hit& h : hits(doc, relative_pattern(), true)) all.push_back(std::move(h));
  std::sort(all.begin(), all.end(), [](const Hit& a, const Hit& b) { return a.offset < b.offset; });
  // In text order, so "the following day" counts from the date mentioned just before it.
  std::vector<Candidate> out;
  for (const Hit& h : all) out.push_back(h.relative ? relative(doc, h, r) : absolute(doc, h, r));
  return out;
}

}  // namespace kiosk::extract
