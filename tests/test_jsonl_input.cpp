#include <catch2/catch.hpp>

#include "fixtures.hpp"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "crimestats/boilerplate.hpp"
#include "crimestats/jsonl_input.hpp"

using namespace crimestats;

namespace {

const BoilerplateFilter& filter() {
  static const BoilerplateFilter f(CRIMESTATS_SOURCE_DIR "/data");
  return f;
}

LoadOptions with_filter() {
  LoadOptions options;
  options.boilerplate = &filter();
  return options;
}

}  // namespace

TEST_CASE("a JSON Lines file with a broken line: the rest go on") {
  std::ifstream in(CRIMESTATS_SOURCE_DIR "/tests/fixtures/inputs/scrape.jsonl", std::ios::binary);
  REQUIRE(in);
  std::vector<Document> docs;
  std::vector<std::pair<std::size_t, std::string>> errors;
  const std::size_t good = read_jsonl(
      in, "scrape.jsonl", with_filter(), [&](Document&& doc) { docs.push_back(std::move(doc)); },
      [&](const JsonlLineError& e) { errors.emplace_back(e.line(), e.what()); });
  CHECK(good == 3);
  REQUIRE(docs.size() == 3);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].first == 3);
  CHECK_THAT(errors[0].second, Catch::StartsWith("line 3: invalid JSON"));
  CHECK(errors[1].first == 4);
  CHECK_THAT(errors[1].second, Catch::Contains("no article"));

  const Document& leeds = docs[0];
  CHECK(leeds.id == "leeds-burglary");
  CHECK(leeds.source.path == "https://news.example.org/crime/leeds-burglary");
  CHECK(leeds.source.encoding == "utf-8");
  CHECK(leeds.title == "Burglar who raided 23 homes jailed");
  REQUIRE(leeds.published_hint);
  CHECK(leeds.published_hint->iso() == "2024-02-09");
  // The "MORE:" link headline is blanked in place, with one warning.
  CHECK(fixtures::visible(leeds.text) ==
        "Burglar who raided 23 homes jailed\n"
        "A burglar who broke into 23 homes across north Leeds has been jailed for six years.\n"
        "West Yorkshire Police said jewellery worth \xC2\xA3" "85,000 was taken.");
  CHECK(leeds.warnings == std::vector<std::string>{"removed 1 boilerplate line"});

  const Document& hull = docs[1];
  CHECK(hull.id == "hull-knife");
  CHECK(hull.source.path == "scrape.jsonl:2");
  CHECK(hull.text == "Knife amnesty collects 312 blades\n\nA two-week amnesty in Hull collected 312 knives, Humberside Police said.");
  CHECK(hull.title == "Knife amnesty collects 312 blades");
  REQUIRE(hull.published_hint);
  CHECK(hull.published_hint->iso() == "2024-04-02");

  const Document& cardiff = docs[2];
  CHECK(cardiff.source.path == "scrape.jsonl:6");
  CHECK(cardiff.text == "Cash seizure\nOfficers in Cardiff seized \xC2\xA3" "48,000 in cash on Friday.\n");
  CHECK(cardiff.title == "Cash seizure");
  CHECK_FALSE(cardiff.published_hint);
}

TEST_CASE("bad records are refused with their line number and reason") {
  struct Case {
    const char* line;
    const char* reason;
  };
  const std::vector<Case> cases{
      {"{\"id\": \"a\", \"text\": \"Unterminated", "invalid JSON"},
      {"[\"a\", \"b\"]", "not a JSON object"},
      {"{\"text\": \"Police seized 3 guns.\"}", "missing \"id\""},
      {"{\"id\": \"\", \"text\": \"Police seized 3 guns.\"}", "empty \"id\""},
      {"{\"id\": [1], \"text\": \"Police seized 3 guns.\"}", "missing \"id\""},
      {"{\"id\": \"a\"}", "no article"},
      {"{\"id\": \"a\", \"text\": 42}", "\"text\" is not a string"},
      {"{\"id\": \"a\", \"text\": \"x\", \"published\": 20240101}", "\"published\" is not a string"},
      {"{\"id\": \"a\", \"text\": \"bad\\u0000text\"}", "NUL"},
      {"{\"id\": \"a\", \"text\": \"Most Read\\nContact Us\"}", "only page furniture"},
      {"{\"id\": \"a\", \"text\": \"caf\xE9\"}", "invalid JSON"},
  };
  for (const auto& c : cases) {
    INFO(c.line);
    try {
      parse_jsonl_record(c.line, "in.jsonl", 17, with_filter());
      FAIL("no error");
    } catch (const JsonlLineError& e) {
      CHECK(e.line() == 17);
      CHECK_THAT(e.what(), Catch::StartsWith("line 17: ") && Catch::Contains(c.reason));
    }
  }
}

TEST_CASE("optional fields and their fallbacks") {
  // A numeric id is accepted as its decimal text.
  CHECK(parse_jsonl_record(R"({"id": 981, "text": "A man was fined."})", "-", 1).id == "981");
  // null fields are absent fields.
  const Document nulls = parse_jsonl_record(R"({"id": "n", "text": "A man was fined.", "url": null, "title": null})", "-", 2);
  CHECK(nulls.source.path == "-:2");
  CHECK_FALSE(nulls.title);  // the only line ends in a full stop
  // An unreadable date is a warning, not an error.
  const Document undated = parse_jsonl_record(R"({"id": "u", "text": "A man was fined.", "published": "last week"})", "-", 3);
  CHECK_FALSE(undated.published_hint);
  REQUIRE(undated.warnings.size() == 1);
  CHECK_THAT(undated.warnings[0], Catch::Contains("published"));
  // Text wins over html; the page still gives the title and date.
  const Document both = parse_jsonl_record(
      R"({"id": "b", "text": "Plain text version.", "html": "<head><meta property='og:title' content='From the page'><meta property='article:published_time' content='2023-05-06'></head><p>HTML version.</p>"})",
      "-", 4);
  CHECK(both.text == "Plain text version.");
  CHECK(both.title == "From the page");
  REQUIRE(both.published_hint);
  CHECK(both.published_hint->iso() == "2023-05-06");
  // Without a filter nothing is blanked.
  const Document raw = parse_jsonl_record(R"({"id": "r", "text": "Most Read\nA man was fined."})", "-", 5);
  CHECK(raw.text == "Most Read\nA man was fined.");
  CHECK(raw.warnings.empty());
}

TEST_CASE("the stream reader skips blank lines, a BOM and CR") {
  std::istringstream in("\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"One.\"}\r\n\r\n   \n{\"id\": \"b\", \"text\": \"Two.\"}");
  std::vector<std::string> ids;
  std::size_t errors = 0;
  CHECK(read_jsonl(in, "-", {}, [&](Document&& d) { ids.push_back(d.id); }, [&](const JsonlLineError&) { ++errors; }) == 2);
  CHECK(ids == std::vector<std::string>{"a", "b"});
  CHECK(errors == 0);
}
