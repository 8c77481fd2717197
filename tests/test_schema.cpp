#include <catch2/catch.hpp>

#include <fstream>

#include "crimestats/schema.hpp"
#include "crimestats/writer.hpp"

using namespace crimestats;

TEST_CASE("docs/crimestats-1.schema.json is the schema the code defines") {
  std::ifstream in(CRIMESTATS_SOURCE_DIR "/docs/crimestats-1.schema.json");
  REQUIRE(in);
  const auto file = nlohmann::ordered_json::parse(in);
  CHECK(file == record_schema());
}

TEST_CASE("a written record validates and broken ones do not") {
  Record r;
  r.doc.id = "a";
  r.doc.text = "Police made 19 arrests.";
  r.facts.counts.push_back(Count{19, "arrests", "arrests", Qualifier::none, Span{12, 22}});
  r.facts.dates.push_back(DateFact{"2018", Granularity::year, "", false, false, Span{0, 1}});
  const auto schema = record_schema();
  nlohmann::json j = record_to_json(r, WriteOptions{});
  CHECK(schema_errors(schema, j).empty());
  CHECK(schema_errors(schema, nlohmann::json(record_to_json(r, WriteOptions{false, true}))).empty());

  nlohmann::json bad = j;
  bad["counts"][0]["category"] = "burglaries";
  CHECK(schema_errors(schema, bad).size() == 1);
  bad = j;
  bad.erase("warnings");
  CHECK(schema_errors(schema, bad) == std::vector<std::string>{": missing \"warnings\""});
  bad = j;
  bad["counts"][0]["span"] = {1};
  CHECK(schema_errors(schema, bad).size() == 1);
  bad = j;
  bad["extra"] = 1;
  CHECK(schema_errors(schema, bad).size() == 1);
}
