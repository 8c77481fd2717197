// The subcommands behind the command line (src/cli.cpp parses arguments
// into these settings). Private to the tool.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace crimestats {

constexpr int kExitOk = 0;
constexpr int kExitInputFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kExitLocked = 75;  // EX_TEMPFAIL: another run holds the state

struct ExtractSettings {
  std::vector<std::string> paths;
  std::string files_from;  // file of paths ("-" for stdin)
  bool files_from_nul = false;
  std::string input_format = "auto";
  std::string reference_date;
  std::string date_order = "dmy";
  std::string output;
  bool append = false;
  std::string format = "jsonl";
  std::string state;
  std::string shard;  // "K/N"
  std::string data_dir;
  std::size_t max_bytes = 16u << 20;
  unsigned jobs = 0;
  bool no_spans = false;
  bool emit_text = false;
  bool quiet = false;
  bool keep_boilerplate = false;
};

int run_extract(const ExtractSettings& settings);

struct EvalSettings {
  std::string gold;
  std::string articles;
  std::string data_dir;
  bool json = false;
  bool show_errors = false;
};

int run_eval(const EvalSettings& settings);

struct SummarySettings {
  std::vector<std::string> inputs;  // JSON Lines files; none or "-" is stdin
  std::string format;               // "table" or "csv"; empty: table on a terminal
};

int run_summary(const SummarySettings& settings);

// Prints `crimestats: WHERE: WHAT` on stderr.
void report(const std::string& where, const std::string& what);

}  // namespace crimestats
