// Running the built binary from end-to-end tests.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

namespace cli_test {

namespace fs = std::filesystem;

struct Run {
  int status = -1;  // exit status, or -1 if killed by a signal
  std::string out;
  std::string err;
};

inline std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A fresh, empty folder private to this process and call: tests run in
// parallel processes.
inline fs::path scratch(const std::string& name) {
  static int calls = 0;
  const fs::path dir = fs::temp_directory_path() /
                       ("crimestats-test-" + name + "-" + std::to_string(::getpid()) + "-" + std::to_string(++calls));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// Single-quotes `s` for /bin/sh.
inline std::string quote(const std::string& s) {
  std::string out = "'";
  for (const char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

inline int shell(const std::string& command) {
  const int raw = std::system(command.c_str());
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
}

// Runs `crimestats ARGS` (ARGS are shell words), feeding `stdin_text`.
inline Run run_crimestats(const std::string& args, const std::string& stdin_text = "") {
  const fs::path dir = scratch("run");
  const fs::path in = dir / "stdin", out = dir / "stdout", err = dir / "stderr";
  std::ofstream(in, std::ios::binary) << stdin_text;
  Run run;
  run.status = shell(quote(CRIMESTATS_BINARY) + " " + args + " <" + quote(in.string()) + " >" + quote(out.string()) +
                     " 2>" + quote(err.string()));
  run.out = slurp(out);
  run.err = slurp(err);
  fs::remove_all(dir);
  return run;
}

inline std::vector<nlohmann::json> records(const std::string& jsonl) {
  std::vector<nlohmann::json> out;
  std::istringstream in(jsonl);
  for (std::string line; std::getline(in, line);) out.push_back(nlohmann::json::parse(line));
  return out;
}

inline const std::string kExamples = std::string(CRIMESTATS_SOURCE_DIR) + "/data/examples";
inline const std::string kCorpus = std::string(CRIMESTATS_SOURCE_DIR) + "/tests/corpus";

}  // namespace cli_test
