#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "crimestats/state.hpp"

namespace fs = std::filesystem;
using namespace crimestats;

namespace {

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("committed entries survive and a second holder is refused") {
  const fs::path dir = fresh_dir("crimestats-test-state-a");
  const std::string state_path = (dir / "state").string();
  {
    RunState state(state_path, "");
    state.record("/a.txt", FileStamp{10, 111, "aa"});
    CHECK_THROWS_AS(RunState(state_path, ""), StateLocked);
  }
  RunState again(state_path, "");
  REQUIRE(again.entries().count("/a.txt") == 1);
  CHECK(again.entries().at("/a.txt").sha256 == "aa");
  CHECK(again.entries().at("/a.txt").mtime_ns == 111);
}

TEST_CASE("intents without a commit are settled against the output") {
  const fs::path dir = fresh_dir("crimestats-test-state-b");
  const std::string state_path = (dir / "state").string(), out = (dir / "out.jsonl").string();
  {
    RunState state(state_path, out);
    // Three records intended; the first two reached the output whole, the
    // third only in part, and the run died before committing.
    state.intend({{"/a", FileStamp{1, 1, "a"}, 0, 6}, {"/b", FileStamp{2, 2, "b"}, 6, 6}, {"/c", FileStamp{3, 3, "c"}, 12, 6}});
    std::ofstream(out, std::ios::binary) << "{\"a\"}\n{\"b\"}\n{\"c";
  }
  RunState state(state_path, out);
  CHECK(state.entries().count("/a") == 1);
  CHECK(state.entries().count("/b") == 1);
  CHECK(state.entries().count("/c") == 0);
  CHECK(slurp(out) == "{\"a\"}\n{\"b\"}\n");
}

TEST_CASE("a committed batch is kept and a torn state line is ignored") {
  const fs::path dir = fresh_dir("crimestats-test-state-c");
  const std::string state_path = (dir / "state").string();
  {
    RunState state(state_path, "");
    state.intend({{"/a", FileStamp{1, 1, "a"}, 0, 6}});
    state.commit();
  }
  std::ofstream(state_path, std::ios::app) << "{\"path\":\"/b\",\"si";
  RunState state(state_path, "");
  CHECK(state.entries().size() == 1);
  CHECK(state.entries().count("/a") == 1);
}
