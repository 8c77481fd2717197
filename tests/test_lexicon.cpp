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

TEST_CASE("lexicon choices map a column's word to the caller's value") {
  enum class Kind { filler, container, none };
  const std::filesystem::path file = "roles.tsv";
  const auto choose = [&](const crimestats::LexiconRow& row) {
    return crimestats::lexicon_choice<Kind>(file, row, 1, "role",
                                            {{"filler", Kind::filler}, {"container", Kind::container}, {"", Kind::none}});
  };
  CHECK(choose({{"of", "filler"}, 4}) == Kind::filler);
  CHECK(choose({{"bags", "container"}, 5}) == Kind::container);
  // A missing optional column reads as empty.
  CHECK(choose({{"haul"}, 6}) == Kind::none);
  CHECK(choose({{"haul", ""}, 7}) == Kind::none);
  // Case matters, as everywhere in the lexicons.
  CHECK_THROWS_WITH(choose({{"bags", "Container"}, 8}),
                    Catch::Equals("roles.tsv:8: role must be filler, container or empty"));
  CHECK_THROWS_WITH(crimestats::lexicon_choice<int>(file, {{"x", "big"}, 2}, 1, "size", {{"small", 1}}),
                    Catch::Equals("roles.tsv:2: size must be small"));
}
