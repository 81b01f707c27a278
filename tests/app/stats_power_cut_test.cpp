// Power cuts: a process recording answers is killed with SIGKILL at random moments, again and
// again; afterwards the stats database is intact and holds every answer whose write returned.
#include <doctest/doctest.h>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>  // environ too (glibc, with the _GNU_SOURCE g++ defines)

#include <chrono>
#include <random>
#include <set>
#include <thread>
#include <vector>

#include "store/stats.hpp"
#include "support/support.hpp"
#include "sys/unique_fd.hpp"

using namespace kiosk;

namespace {

// When the kill comes: `ms` after the start (often while the database is being created or
// opened), or `ms` after the first acknowledged write, so that it lands while answers are being
// written however long the child takes to start (much longer under qemu).
enum class KillAfter { Start, FirstWrite };

// Starts the stats writer child on `db`, kills it as `when` says; returns the answers it
// reported as written ("ok N" lines).
std::set<long> run_and_kill(const std::string& db, KillAfter when, int ms, long first) {
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  const sys::UniqueFd from_child(pipe_fds[0]);
  sys::UniqueFd to_parent(pipe_fds[1]);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, to_parent.get(), STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, from_child.get());
  std::vector<std::string> args = test::target_command(KIOSK_STATS_WRITER);
  args.push_back(db);
  args.push_back(std::to_string(first));
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  REQUIRE(posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0);
  posix_spawn_file_actions_destroy(&actions);
  to_parent.reset();  // the child's copy is the only writer left
  std::string out;
  char buffer[4096];
  while (when == KillAfter::FirstWrite && out.find('\n') == std::string::npos) {
    const ssize_t n = ::read(from_child.get(), buffer, sizeof buffer);
    if (n <= 0) break;  // the child died before writing anything: no answers to account for
    out.append(buffer, static_cast<std::size_t>(n));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(ms));
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  for (ssize_t n; (n = ::read(from_child.get(), buffer, sizeof buffer)) > 0;)
    out.append(buffer, static_cast<std::size_t>(n));
  std::set<long> written;
  std::size_t at = 0;
  while ((at = out.find("ok ", at)) != std::string::npos) {
    const std::size_t end = out.find('\n', at);
    if (end == std::string::npos) break;  // a line cut short by the kill: not acknowledged
    written.insert(std::stol(out.substr(at + 3, end - at - 3)));
    at = end;
  }
  return written;
}

}  // namespace

TEST_CASE("every answer whose write returned survives SIGKILL at random moments") {
  test::TempDir dir;
  const std::string db = dir.file("stats.db");
  std::mt19937 random(2026);
  std::set<long> acknowledged;
  const int kills = 40;
  long next = 0;
  for (int k = 0; k < kills; ++k) {
    const KillAfter when = k % 4 == 0 ? KillAfter::Start : KillAfter::FirstWrite;
    const std::set<long> written =
        run_and_kill(db, when, std::uniform_int_distribution<int>(5, 60)(random), next);
    acknowledged.insert(written.begin(), written.end());
    next += 100000;  // each child numbers its answers apart
  }
  REQUIRE_FALSE(acknowledged.empty());
  std::unique_ptr<store::StatsDb> stats = store::StatsDb::open(db);
  store::Statement check(stats->handle(), "PRAGMA integrity_check");
  REQUIRE(check.step());
  CHECK(check.text(0) == "ok");
  std::set<long> stored;
  store::Statement rows(stats->handle(), "SELECT question FROM answer");
  while (rows.step()) stored.insert(std::stol(rows.text(0).substr(1)));
  long missing = 0;
  for (const long a : acknowledged) missing += stored.contains(a) ? 0 : 1;
  MESSAGE(kills << " kills; " << acknowledged.size() << " answers acknowledged, " << stored.size()
                << " stored, " << missing << " lost");
  CHECK(missing == 0);
}
