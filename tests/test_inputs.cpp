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
  CHECK(id_for("/a/b", "/a/b/c/d.txt") == "c/d");
}
