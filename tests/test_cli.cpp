// End-to-end tests: run the built binary as a user would.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

struct Run {
  int status = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs crimestats with `args` (shell words), capturing stdout and stderr.
Run crimestats(const std::string& args, const std::string& stdin_text = "") {
  // Tests run in parallel processes: every call gets its own folder.
  static int calls = 0;
  const fs::path dir = fs::temp_directory_path() / ("crimestats-test-cli-io-" + std::to_string(::getpid()) + "-" +
                                                    std::to_string(++calls));
  fs::create_directories(dir);
  const fs::path in = dir / "stdin", out = dir / "stdout", err = dir / "stderr";
  std::ofstream(in, std::ios::binary) << stdin_text;
  const std::string command = std::string("'") + CRIMESTATS_BINARY + "' " + args + " <'" + in.string() + "' >'" +
                              out.string() + "' 2>'" + err.string() + "'";
  const int raw = std::system(command.c_str());
  Run run;
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  run.out = slurp(out);
  run.err = slurp(err);
  fs::remove_all(dir);
  return run;
}

std::vector<nlohmann::json> records(const std::string& jsonl) {
  std::vector<nlohmann::json> out;
  std::istringstream in(jsonl);
  for (std::string line; std::getline(in, line);) out.push_back(nlohmann::json::parse(line));
  return out;
}

const std::string kExamples = std::string(CRIMESTATS_SOURCE_DIR) + "/data/examples";

}  // namespace

TEST_CASE("version and help") {
  const Run version = crimestats("--version");
  CHECK(version.status == 0);
  CHECK(version.out.rfind("crimestats ", 0) == 0);
  const Run help = crimestats("extract --help");
  CHECK(help.status == 0);
  CHECK(help.out.find("--reference-date") != std::string::npos);
}

TEST_CASE("usage errors exit 2") {
  CHECK(crimestats("").status == 2);
  CHECK(crimestats("extract --reference-date 2019-02-30 -").status == 2);
  CHECK(crimestats("extract --no-such-flag").status == 2);
}

TEST_CASE("one record per article with ids relative to the folder") {
  const Run run = crimestats("extract '" + kExamples + "'");
  CHECK(run.status == 0);
  CHECK(run.err.empty());
  const auto recs = records(run.out);
  REQUIRE(recs.size() >= 6);
  for (const auto& r : recs) {
    CHECK(r["schema"] == "crimestats/1");
    CHECK(r["source"]["sha256"].get<std::string>().size() == 64);
    CHECK(r["id"].get<std::string>().find(".txt") == std::string::npos);
  }
}

TEST_CASE("stdin is one article with id stdin and the given reference date") {
  const Run run = crimestats("extract --reference-date 2022-10-11", "Police made 19 arrests.\n");
  CHECK(run.status == 0);
  const auto recs = records(run.out);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0]["id"] == "stdin");
  CHECK(recs[0]["reference_date"] == "2022-10-11");
  CHECK(recs[0]["source"]["bytes"] == 24);
  CHECK(recs[0]["source"]["path"] == "-");
}

TEST_CASE("a bad file is reported by path and the rest of the run goes on with exit 1") {
  const fs::path dir = fs::temp_directory_path() / ("crimestats-test-cli-bad-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "a.txt") << "Police made 19 arrests.\n";
  std::ofstream(dir / "b.txt", std::ios::binary) << std::string("bin\0ary", 7);
  std::ofstream(dir / "c.txt", std::ios::binary) << "Seized \xA3" "500 in cash.\n";
  std::ofstream(dir / "d.txt") << "";
  const Run run = crimestats("extract '" + dir.string() + "'");
  CHECK(run.status == 1);
  CHECK(run.err.find("crimestats: " + (dir / "b.txt").string() + ": binary file") != std::string::npos);
  CHECK(run.err.find("crimestats: " + (dir / "d.txt").string() + ": empty file") != std::string::npos);
  const auto recs = records(run.out);
  REQUIRE(recs.size() == 2);
  CHECK(recs[0]["id"] == "a");
  CHECK(recs[1]["id"] == "c");
  CHECK(recs[1]["source"]["encoding"] == "windows-1252");
  CHECK(recs[1]["warnings"].size() == 1);
  fs::remove_all(dir);
}

TEST_CASE("output is byte-identical whatever --jobs") {
  const Run one = crimestats("extract --jobs 1 --reference-date 2020-01-01 '" + kExamples + "'");
  const Run four = crimestats("extract --jobs 4 --reference-date 2020-01-01 '" + kExamples + "'");
  CHECK(one.status == 0);
  CHECK(one.out == four.out);
}

TEST_CASE("output file is written atomically and the json format writes an array") {
  const fs::path out = fs::temp_directory_path() / ("crimestats-test-cli-out-" + std::to_string(::getpid()) + ".json");
  fs::remove(out);
  const Run run = crimestats("extract --format json -o '" + out.string() + "' '" + kExamples + "'");
  CHECK(run.status == 0);
  CHECK(run.out.empty());
  const auto array = nlohmann::json::parse(slurp(out));
  CHECK(array.is_array());
  CHECK(array.size() >= 6);
  fs::remove(out);
}

TEST_CASE("a full disk is an error and a closed pipe is quiet") {
  const fs::path err = fs::temp_directory_path() / ("crimestats-test-cli-pipe-" + std::to_string(::getpid()) + ".err");
  const std::string bin = std::string("'") + CRIMESTATS_BINARY + "' extract '" + kExamples + "'";
  const int full = std::system((bin + " >/dev/full 2>'" + err.string() + "'").c_str());
  CHECK(WEXITSTATUS(full) == 1);
  CHECK(slurp(err).find("No space left on device") != std::string::npos);
  const int piped = std::system((bin + " 2>'" + err.string() + "' | head -c 10 >/dev/null").c_str());
  CHECK(WEXITSTATUS(piped) == 0);
  CHECK(slurp(err).empty());
  fs::remove(err);
}
