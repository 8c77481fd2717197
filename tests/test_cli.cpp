// End-to-end tests: run the built binary as a user would.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli_runner.hpp"

namespace fs = std::filesystem;
using namespace cli_test;

TEST_CASE("version and help") {
  const Run version = run_crimestats("--version");
  CHECK(version.status == 0);
  CHECK(version.out.rfind("crimestats ", 0) == 0);
  const Run help = run_crimestats("extract --help");
  CHECK(help.status == 0);
  CHECK(help.out.find("--reference-date") != std::string::npos);
}

TEST_CASE("usage errors exit 2") {
  CHECK(run_crimestats("").status == 2);
  CHECK(run_crimestats("extract --reference-date 2019-02-30 -").status == 2);
  CHECK(run_crimestats("extract --no-such-flag").status == 2);
}

TEST_CASE("one record per article with ids relative to the folder") {
  const Run run = run_crimestats("extract '" + kExamples + "'");
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
  const Run run = run_crimestats("extract --reference-date 2022-10-11", "Police made 19 arrests.\n");
  CHECK(run.status == 0);
  const auto recs = records(run.out);
  REQUIRE(recs.size() == 1);
  CHECK(recs[0]["id"] == "stdin");
  CHECK(recs[0]["reference_date"] == "2022-10-11");
  CHECK(recs[0]["source"]["bytes"] == 24);
  CHECK(recs[0]["source"]["path"] == "-");
}

TEST_CASE("a bad file is reported by path and the rest of the run goes on with exit 1") {
  const fs::path dir = scratch("cli-bad");
  std::ofstream(dir / "a.txt") << "Police made 19 arrests.\n";
  std::ofstream(dir / "b.txt", std::ios::binary) << std::string("bin\0ary", 7);
  std::ofstream(dir / "c.txt", std::ios::binary) << "Seized \xA3" "500 in cash.\n";
  std::ofstream(dir / "d.txt") << "";
  const Run run = run_crimestats("extract '" + dir.string() + "'");
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
  const Run one = run_crimestats("extract --jobs 1 --reference-date 2020-01-01 '" + kExamples + "'");
  const Run four = run_crimestats("extract --jobs 4 --reference-date 2020-01-01 '" + kExamples + "'");
  CHECK(one.status == 0);
  CHECK(one.out == four.out);
}

TEST_CASE("output file is written atomically and the json format writes an array") {
  const fs::path out = scratch("cli-out") / "out.json";
  const Run run = run_crimestats("extract --format json -o '" + out.string() + "' '" + kExamples + "'");
  CHECK(run.status == 0);
  CHECK(run.out.empty());
  const auto array = nlohmann::json::parse(slurp(out));
  CHECK(array.is_array());
  CHECK(array.size() >= 6);
  fs::remove(out);
}

TEST_CASE("a full disk is an error and a closed pipe is quiet") {
  const fs::path err = scratch("cli-pipe") / "err";
  const std::string bin = std::string("'") + CRIMESTATS_BINARY + "' extract '" + kExamples + "'";
  const int full = std::system((bin + " >/dev/full 2>'" + err.string() + "'").c_str());
  CHECK(WEXITSTATUS(full) == 1);
  CHECK(slurp(err).find("No space left on device") != std::string::npos);
  const int piped = std::system((bin + " 2>'" + err.string() + "' | head -c 10 >/dev/null").c_str());
  CHECK(WEXITSTATUS(piped) == 0);
  CHECK(slurp(err).empty());
  fs::remove(err);
}
