#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "crimestats/inputs.hpp"

namespace fs = std::filesystem;
using namespace crimestats;

namespace {

void touch(const fs::path& p) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << "x\n";
}

}  // namespace

TEST_CASE("folders are walked in sorted order with relative ids") {
  const fs::path root = fs::temp_directory_path() / "crimestats-test-inputs";
  fs::remove_all(root);
  touch(root / "b.txt");
  touch(root / "a.md");
  touch(root / "sub" / "c.txt");
  touch(root / "notes");
  touch(root / "image.png");
  touch(root / ".hidden");
  fs::create_directory_symlink(root, root / "sub" / "loop");
  std::vector<std::string> errors;
  const auto inputs = collect_inputs({root.string()}, [&](const std::string& path, const std::string&) {
    errors.push_back(path);
  });
  std::vector<std::string> ids;
  for (const auto& in : inputs) ids.push_back(in.id);
  CHECK(ids == std::vector<std::string>{"a", "b", "notes", "sub/c"});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == (root / "sub" / "loop").string());
  fs::remove_all(root);
}

TEST_CASE("files named directly, stdin and missing paths") {
  std::vector<std::string> errors;
  auto on_error = [&](const std::string& path, const std::string&) { errors.push_back(path); };
  const auto inputs = collect_inputs({"-", "/no/such/file.txt"}, on_error);
  REQUIRE(inputs.size() == 1);
  CHECK(inputs[0].id == "stdin");
  CHECK(errors == std::vector<std::string>{"/no/such/file.txt"});
  CHECK(collect_inputs({}, on_error).at(0).id == "stdin");
}

TEST_CASE("ids and paths keep the folder as it was spelled, extensions cut as std::filesystem cuts them") {
  const fs::path root = fs::temp_directory_path() / "crimestats-test-input-ids";
  fs::remove_all(root);
  touch(root / "x" / "report.2024.TXT");
  touch(root / "x" / "plain");
  touch(root / "x" / "dotted.");  // extension ".": not an article
  touch(root / "x" / "y" / "z.Html");
  const auto no_errors = [](const std::string& path, const std::string& reason) { FAIL(path << ": " << reason); };
  for (const std::string& spelled : {root.string(), root.string() + "/", root.string() + "//"}) {
    const auto inputs = collect_inputs({spelled}, no_errors);
    REQUIRE(inputs.size() == 3);
    CHECK(inputs[0].id == "x/plain");
    CHECK(inputs[1].id == "x/report.2024");
    CHECK(inputs[2].id == "x/y/z");
    const std::string joint = spelled.back() == '/' ? spelled : spelled + "/";
    CHECK(inputs[2].path.string() == joint + "x/y/z.Html");
  }
  const auto direct = collect_inputs({(root / "x" / "report.2024.TXT").string()}, no_errors);
  REQUIRE(direct.size() == 1);
  CHECK(direct[0].id == "report.2024");
  fs::remove_all(root);
}
