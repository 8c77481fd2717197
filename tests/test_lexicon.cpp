#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "crimestats/lexicon.hpp"

TEST_CASE("lexicon rows skip comments and blank lines and keep line numbers") {
  const auto path = std::filesystem::temp_directory_path() / "crimestats-test-lexicon.tsv";
  {
    std::ofstream out(path);
    out << "# comment\n\narrests\tarrests\r\nsafeguarded\tsafeguarded\textra\n";
  }
  const auto rows = crimestats::read_lexicon(path, 2);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].fields == std::vector<std::string>{"arrests", "arrests"});
  CHECK(rows[0].line == 3);
  CHECK(rows[1].fields.size() == 3);
  CHECK_THROWS_WITH(crimestats::read_lexicon(path, 3), Catch::Contains(":3: expected at least 3"));
  CHECK_THROWS_WITH(crimestats::read_lexicon(path.string() + ".missing"), Catch::Contains("cannot read lexicon"));
  std::filesystem::remove(path);
}
