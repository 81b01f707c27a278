// Printing and charting answer statistics.
#include "tool/stats_command.hpp"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <ostream>
#include <sstream>

#include "store/open.hpp"

namespace kiosk::tool {
namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (const char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string xml(const std::string& s) {
  std::string out;
  for (const char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string percent(double share) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f%%", share * 100.0);
  return text;
}

void print_table(const std::vector<store::QuestionStats>& rows, std::ostream& out) {
  out << std::left << std::setw(52) << "question" << std::setw(14) << "version" << std::right
      << std::setw(7) << "shown" << std::setw(10) << "answered" << std::setw(9) << "correct"
      << "  most picked wrong answer\n";
  for (const auto& q : rows) {
    out << std::left << std::setw(52) << q.question << std::setw(14) << q.content_version
        << std::right << std::setw(7) << q.shown << std::setw(10) << q.answered << std::setw(9)
        << (q.answered ? percent(q.correct_share()) : "-") << "  "
        << (q.most_picked_wrong.empty()
                ? "-"
                : q.most_picked_wrong + " (" + std::to_string(q.most_picked_wrong_count) + ")")
        << '\n';
  }
}

void print_csv(const std::vector<store::QuestionStats>& rows, std::ostream& out) {
  out << "question,content_version,shown,answered,correct,correct_share,most_picked_wrong,"
         "most_picked_wrong_count\n";
  for (const auto& q : rows) {
    char share[16];
    std::snprintf(share, sizeof share, "%.3f", q.correct_share());
    out << csv_field(q.question) << ',' << csv_field(q.content_version) << ',' << q.shown << ','
        << q.answered << ',' << q.correct << ',' << share << ',' << csv_field(q.most_picked_wrong)
        << ',' << q.most_picked_wrong_count << '\n';
  }
}

}  // namespace

std::string stats_svg(const std::vector<store::QuestionStats>& rows, std::size_t max_rows) {
  std::vector<const store::QuestionStats*> shown;
  for (const auto& q : rows) {
    if (q.answered > 0 && shown.size() < max_rows) shown.push_back(&q);
  }
  const int bar_h = 22;
  const int gap = 8;
  const int label_w = 420;
  const int chart_w = 360;
  const int top = 70;
  const int height = top + static_cast<int>(shown.size()) * (bar_h + gap) + 40;
  std::ostringstream s;
  s << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << label_w + chart_w + 120
    << "\" height=\"" << height << "\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"13\">\n"
    << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
    << "<text x=\"16\" y=\"30\" font-size=\"18\" font-weight=\"bold\">The hardest "
       "questions</text>\n"
    << "<text x=\"16\" y=\"52\" fill=\"#555\">Share of visitors who answered correctly; "
       "hardest first. Bars under 50% are red.</text>\n";
  for (const int p : {0, 50, 100}) {
    const int x = label_w + chart_w * p / 100;
    s << "<line x1=\"" << x << "\" y1=\"" << top - 6 << "\" x2=\"" << x << "\" y2=\"" << height - 34
      << "\" stroke=\"#ccc\"/><text x=\"" << x << "\" y=\"" << height - 18
      << "\" text-anchor=\"middle\" fill=\"#555\">" << p << "%</text>\n";
  }
  int y = top;
  for (const auto* q : shown) {
    const double share = q->correct_share();
    const int w = static_cast<int>(std::lround(chart_w * share));
    std::string label = q->question;
    if (label.size() > 60) label = label.substr(0, 57) + "...";
    if (!q->content_version.empty()) label += " (" + q->content_version + ")";
    s << "<text x=\"" << label_w - 8 << "\" y=\"" << y + 16 << "\" text-anchor=\"end\">"
      << xml(label) << "</text>\n<rect x=\"" << label_w << "\" y=\"" << y << "\" width=\""
      << std::max(w, 1) << "\" height=\"" << bar_h << "\" fill=\""
      << (share < 0.5 ? "#c23b32" : "#2f6fb5") << "\"/>\n"
      << "<text x=\"" << label_w + w + 6 << "\" y=\"" << y + 16 << "\">" << percent(share) << " of "
      << q->answered << "</text>\n";
    y += bar_h + gap;
  }
  if (shown.empty())
    s << "<text x=\"16\" y=\"" << top + 16 << "\">No answers recorded yet.</text>\n";
  s << "</svg>\n";
  return s.str();
}

Exit stats(const StatsCommand& command, std::ostream& out, std::ostream& err) {
  std::vector<std::vector<store::QuestionStats>> kiosks;
  for (const std::string& path : command.stats_dbs) {
    try {
      store::DatabaseHandle db = store::open_untrusted(path);
      kiosks.push_back(store::question_stats(db.get()));
    } catch (const store::StoreError& e) {
      err << "kiosk-db: cannot read stats from '" << path << "': " << e.what()
          << (command.stats_dbs.size() > 1 ? " (nothing added up)" : "") << '\n';
      return Exit::Problem;
    }
  }
  const std::vector<store::QuestionStats> rows = store::add_up(kiosks);
  if (command.format == StatsFormat::Table && kiosks.size() > 1) {
    out << "Added up over " << kiosks.size() << " kiosks.\n";
  }
  if (command.format == StatsFormat::Csv) print_csv(rows, out);
  else print_table(rows, out);
  if (!command.svg_path.empty()) {
    std::ofstream svg(command.svg_path);
    svg << stats_svg(rows);
    if (!svg) {
      err << "kiosk-db: cannot write '" << command.svg_path << "'\n";
      return Exit::Problem;
    }
  }
  return Exit::Ok;
}

}  // namespace kiosk::tool
