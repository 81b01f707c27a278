// kiosk-db stats: what visitors answered, per question, for a curator.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "store/stats.hpp"
#include "tool/commands.hpp"

namespace kiosk::tool {

enum class StatsFormat { Table, Csv };

struct StatsCommand {
  std::vector<std::string> stats_dbs;  // one kiosk's stats.db, or several to add up
  StatsFormat format = StatsFormat::Table;
  std::string svg_path;  // "" = no chart
};

// Prints what visitors answered, per question and content version, added up over every file
// of `command` (several kiosks of a museum); a file that cannot be read is named on `err` and
// nothing is printed.
Exit stats(const StatsCommand& command, std::ostream& out, std::ostream& err);

// A bar chart of the hardest questions (lowest share answered correctly first) as SVG.
std::string stats_svg(const std::vector<store::QuestionStats>& rows, std::size_t max_rows = 20);

}  // namespace kiosk::tool
