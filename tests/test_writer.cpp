#include <catch2/catch.hpp>

#include <charconv>

#include "crimestats/writer.hpp"

using namespace crimestats;

namespace {

Record sample() {
  Record r;
  r.doc.id = "sub/a";
  r.doc.source = Source{"in/sub/a.txt", 42, "ab", "utf-8"};
  r.doc.text = "Police made 19 arrests and seized \xC2\xA3" "7,000.";
  r.reference_date = Date{2022, 10, 11};
  r.facts.counts.push_back(Count{19, "arrests", "arrests", Qualifier::none, Span{12, 14}});
  r.facts.money.push_back(Money{7000, "GBP", Qualifier::none, "cash_seized", Span{34, 41}});
  r.facts.places.push_back(Place{"Essex", "county", "Essex", "Essex Police", "", "England", 51.75, 0.5, {{0, 1}}});
  return r;
}

}  // namespace

TEST_CASE("a record has every key in schema order") {
  const auto j = record_to_json(sample(), WriteOptions{});
  std::vector<std::string> keys;
  for (const auto& [key, value] : j.items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"schema", "id", "source", "title", "published", "reference_date", "counts",
                                         "money", "percentages", "dates", "places", "operations", "drugs",
                                         "drug_quantities", "warnings"});
  CHECK(dump_json(j["counts"][0]) ==
        R"({"value":19,"category":"arrests","subject":"arrests","qualifier":null,"text":"19","span":[12,14]})");
  CHECK(j["money"][0]["text"] == "\xC2\xA3" "7,000");
  CHECK(j["places"][0]["region"].is_null());
  CHECK(j["reference_date"] == "2022-10-11");
}

TEST_CASE("no-spans drops spans and mentions while emit-text adds the text") {
  const auto j = record_to_json(sample(), WriteOptions{false, true});
  CHECK_FALSE(j["counts"][0].contains("span"));
  CHECK_FALSE(j["places"][0].contains("mentions"));
  CHECK(j["text"] == sample().doc.text);
}

TEST_CASE("invalid UTF-8 never throws on output") {
  Record r = sample();
  r.doc.id = "bad\xFF";
  CHECK_NOTHROW(dump_json(record_to_json(r, WriteOptions{})));
}

TEST_CASE("JSON array writer frames records") {
  const auto writer = make_writer(OutputFormat::json, WriteOptions{});
  CHECK(writer->header() == "[\n");
  CHECK(writer->separator() == ",\n");
  CHECK(writer->footer(true) == "\n]\n");
  CHECK(writer->format(sample()).front() == '{');
}

TEST_CASE("fractional numbers are written in std::to_chars' shortest form") {
  // Coordinates and percentages take a fast path; its answers must be the
  // library's, digit for digit, including where it does not apply.
  const std::vector<double> values{51.75,   -0.1276, 53.48095, -2.24263, 0.5,        15.7,     99.9,    -1.5,
                                   0.1,     0.3,     1234567.5, 999999.25, 9999999.25, 99999.125, 0.012345, 1e-7,     12345678.9,
                                   2.5e-5,  0.1 + 0.2, 1.0 / 3.0, 51.123456, 51.1234567, -0.000123};
  const auto writer = make_writer(OutputFormat::jsonl, WriteOptions{});
  for (const double v : values) {
    Record r = sample();
    r.facts.places[0].lat = v;
    r.facts.places[0].lon = -v;
    const auto shortest = [](double x) {
      char digits[64];
      return std::string(digits, std::to_chars(digits, digits + sizeof digits, x, std::chars_format::general).ptr);
    };
    const std::string expected = "\"lat\":" + shortest(v) + ",\"lon\":" + shortest(-v) + ",";
    INFO(expected);
    CHECK(writer->format(r).find(expected) != std::string::npos);
  }
}

TEST_CASE("strings are escaped and repaired byte by byte, at any position in a block") {
  // Each special byte sequence, with what it is written as (before JSON
  // escaping: each byte of an invalid sequence becomes U+FFFD), is tried at
  // every offset around the 16-byte blocks the writer scans, in strings
  // shorter and longer than a block.
  const std::string bad = "\xEF\xBF\xBD";
  const std::vector<std::pair<std::string, std::string>> specials{
      {"\"", "\""},         {"\\", "\\"},         {"\n", "\n"},
      {"\r", "\r"},         {"\t", "\t"},         {"\b", "\b"},
      {"\f", "\f"},         {"\x01", "\x01"},     {"\x1F", "\x1F"},
      {"\xC2\xA3", "\xC2\xA3"}, {"\xE2\x80\x99", "\xE2\x80\x99"}, {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
      {"\xFF", bad},        {"\xC2", bad},        {"\xE2\x80", bad + bad},
      {"\xED\xA0\x80", bad + bad + bad}};
  for (const auto& [special, written] : specials) {
    for (std::size_t before = 0; before <= 33; ++before) {
      for (const std::size_t after : {0, 1, 7, 15, 16, 20}) {
        const std::string pad_before(before, 'a'), pad_after(after, 'b');
        Record r = sample();
        r.doc.title = pad_before + special + pad_after + special;
        const std::string line = record_json(r, WriteOptions{});
        const std::string expected =
            "\"title\":" + dump_json(nlohmann::ordered_json(pad_before + written + pad_after + written)) + ",";
        INFO("special of " << special.size() << " bytes starting " << int(static_cast<unsigned char>(special[0]))
                           << " after " << before << " bytes");
        CHECK(line.find(expected) != std::string::npos);
      }
    }
  }
}

TEST_CASE("a record longer than the writer's first buffer is written whole") {
  Record r = sample();
  r.doc.text = std::string(300000, 'x') + "\"end\"";
  const auto j = record_to_json(r, WriteOptions{true, true});
  CHECK(j["text"] == r.doc.text);
  CHECK(j["money"][0]["amount"] == 7000);
}
