#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "crimestats/numbers.hpp"

using crimestats::read_number;

namespace {

// The value read at the start of `text`, and the text it covered.
std::pair<double, std::string> read(const std::string& text) {
  const auto n = read_number(text, 0);
  REQUIRE(n);
  return {n->value, text.substr(n->span.begin, n->span.end - n->span.begin)};
}

}  // namespace

TEST_CASE("digits, separators and decimals") {
  CHECK(read("1,234 people") == std::pair<double, std::string>{1234, "1,234"});
  CHECK(read("179.64g") == std::pair<double, std::string>{179.64, "179.64"});
  CHECK(read("20,000 new officers") == std::pair<double, std::string>{20000, "20,000"});
  CHECK(read("1,234,567.5 x").first == Approx(1234567.5));
  CHECK(read("12,34 x") == std::pair<double, std::string>{12, "12"});
  CHECK(read("375.") == std::pair<double, std::string>{375, "375"});
}

TEST_CASE("South Asian digit grouping, lakh and crore places") {
  const std::vector<std::pair<std::string, std::pair<double, std::string>>> cases = {
      {"3,75,000 tablets", {375000, "3,75,000"}},
      {"12,40,500 rupees", {1240500, "12,40,500"}},
      {"4,05,00,000 in cash", {40500000, "4,05,00,000"}},
      {"1,15,000.50 paid", {115000.5, "1,15,000.50"}},
      {"9,99,999.", {999999, "9,99,999"}},
      {"6,10,000 crore", {6.1e12, "6,10,000 crore"}},
      // Not that shape: read as before.
      {"7,25 x", {7, "7"}},
      {"31,42,7 x", {31, "31"}},
      {"5,60,0000 x", {5, "5"}},
      {"2,30,000,000 x", {2, "2"}},
      {"123,45,678 x", {123, "123"}},
      {"8,4,000 x", {8, "8"}},
      {"4,500,000 x", {4500000, "4,500,000"}},
  };
  for (const auto& [text, want] : cases) {
    INFO(text);
    CHECK(read(text) == want);
  }
  const auto numbers = crimestats::find_numbers("Police seized 2,40,000 capsules and 1,20 kg.");
  REQUIRE(numbers.size() >= 1);
  CHECK(numbers[0].value == 240000);
}

TEST_CASE("scale suffixes and words") {
  CHECK(read("20m budget") == std::pair<double, std::string>{20e6, "20m"});
  CHECK(read("79k of") == std::pair<double, std::string>{79e3, "79k"});
  CHECK(read("2bn ") == std::pair<double, std::string>{2e9, "2bn"});
  CHECK(read("1.5 million pounds") == std::pair<double, std::string>{1.5e6, "1.5 million"});
  CHECK(read("3 thousand") == std::pair<double, std::string>{3000, "3 thousand"});
}

TEST_CASE("number words") {
  CHECK(read("nine arrests") == std::pair<double, std::string>{9, "nine"});
  CHECK(read("Nine arrests") == std::pair<double, std::string>{9, "Nine"});
  CHECK(read("twenty-five people") == std::pair<double, std::string>{25, "twenty-five"});
  CHECK(read("twenty five people") == std::pair<double, std::string>{25, "twenty five"});
  CHECK(read("a hundred officers") == std::pair<double, std::string>{100, "a hundred"});
  CHECK(read("a dozen raids") == std::pair<double, std::string>{12, "a dozen"});
  CHECK(read("two and a half million pounds") == std::pair<double, std::string>{2.5e6, "two and a half million"});
  CHECK(read("twenty million pounds") == std::pair<double, std::string>{20e6, "twenty million"});
  CHECK(read("two hundred and fifty homes") == std::pair<double, std::string>{250, "two hundred and fifty"});
  CHECK(read("half a million") == std::pair<double, std::string>{5e5, "half a million"});
  CHECK(read("ten thousand pounds") == std::pair<double, std::string>{1e4, "ten thousand"});
  CHECK(read("one and two") == std::pair<double, std::string>{1, "one"});
}

TEST_CASE("the Indian lakh and crore are scale words") {
  // Table: text, value, text read.
  const std::vector<std::pair<std::string, std::pair<double, std::string>>> cases{
      {"3 lakh votes", {3e5, "3 lakh"}},
      {"6.25 lakh litres", {625000, "6.25 lakh"}},
      {"8 lakhs in fines", {8e5, "8 lakhs"}},
      {"12 crore in cash", {12e7, "12 crore"}},
      {"7.5 crore", {75e6, "7.5 crore"}},
      {"40 crores", {4e8, "40 crores"}},
      {"9lakh", {9e5, "9lakh"}},
      {"four lakh pilgrims", {4e5, "four lakh"}},
      {"two crore", {2e7, "two crore"}},
      {"a lakh people", {1e5, "a lakh"}},
      {"three lakh fifty thousand", {350000, "three lakh fifty thousand"}},
  };
  for (const auto& [text, want] : cases) {
    INFO(text);
    CHECK(read(text) == want);
  }
  // Not after a number, no scale; nor a longer word.
  CHECK_FALSE(read_number("lakh", 0));
  CHECK_FALSE(read_number("a lake", 0));
  CHECK(read("5 lakhmi") == std::pair<double, std::string>{5, "5"});
  CHECK(read("70 crores-worth") == std::pair<double, std::string>{4e8 / 40 * 70, "70 crores"});
  const auto numbers = crimestats::find_numbers("Rs 4.5 crore and 1.2 lakh tablets, a crowd, a large haul.");
  REQUIRE(numbers.size() == 2);
  CHECK(numbers[0].value == 45e6);
  CHECK(numbers[0].has_scale);
  CHECK(numbers[1].value == 120000);
}

TEST_CASE("scale words glued to digits") {
  CHECK(read("20million pounds") == std::pair<double, std::string>{20e6, "20million"});
  CHECK(read("1.2billion in") == std::pair<double, std::string>{1.2e9, "1.2billion"});
  CHECK(read("5thousand") == std::pair<double, std::string>{5e3, "5thousand"});
}

TEST_CASE("hyphenated ordinals are not numbers") {
  CHECK_FALSE(read_number("twenty-first century", 0));
  CHECK_FALSE(read_number("thirty-second time", 0));
  CHECK(read("twenty-one arrests") == std::pair<double, std::string>{21, "twenty-one"});
  const auto numbers = crimestats::find_numbers("In the twenty-first year, 12 people.");
  REQUIRE(numbers.size() == 1);
  CHECK(numbers[0].value == 12);
}

TEST_CASE("hedges before a number") {
  using crimestats::Qualifier;
  auto hedge = [](const std::string& text) {
    const std::size_t pos = text.find_first_of("0123456789");
    const auto h = crimestats::hedge_before(text, pos);
    return std::pair<Qualifier, std::string>{h.qualifier, text.substr(h.begin, pos - h.begin)};
  };
  CHECK(hedge("police made more than 19 arrests") == std::pair<Qualifier, std::string>{Qualifier::more_than, "more than "});
  CHECK(hedge("nearly 40pc") == std::pair<Qualifier, std::string>{Qualifier::approximately, "nearly "});
  CHECK(hedge("in excess of 200") == std::pair<Qualifier, std::string>{Qualifier::more_than, "in excess of "});
  CHECK(hedge("up to 3 images") == std::pair<Qualifier, std::string>{Qualifier::at_most, "up to "});
  CHECK(hedge("an estimated 3,000") == std::pair<Qualifier, std::string>{Qualifier::approximately, "an estimated "});
  CHECK(hedge("officers made 19 arrests") == std::pair<Qualifier, std::string>{Qualifier::none, ""});
  CHECK(hedge("more than (19)") == std::pair<Qualifier, std::string>{Qualifier::none, ""});
  CHECK(hedge("19 arrests") == std::pair<Qualifier, std::string>{Qualifier::none, ""});
}

TEST_CASE("vague quantities have a magnitude but no exact value") {
  const auto dozens = read_number("dozens of arrests", 0);
  REQUIRE(dozens);
  CHECK_FALSE(dozens->exact);
  CHECK(dozens->value == 12);
  const auto hundreds = read_number("hundreds of officers", 0);
  REQUIRE(hundreds);
  CHECK_FALSE(hundreds->exact);
}

TEST_CASE("not numbers") {
  CHECK_FALSE(read_number("a man", 0));
  CHECK_FALSE(read_number("police", 0));
  CHECK_FALSE(read_number("and", 0));
  CHECK_FALSE(read_number(std::string(2000, '9'), 0));
}

TEST_CASE("find_numbers skips digits glued into codes") {
  const auto numbers = crimestats::find_numbers("On the A12 near CO1 there were 19 arrests and 40pc fewer, M25.");
  REQUIRE(numbers.size() == 1);
  CHECK(numbers[0].value == 19);
}

TEST_CASE("find_numbers survives a million-digit number") {
  const std::string text = "there were " + std::string(1000000, '7') + " and 5 arrests";
  const auto numbers = crimestats::find_numbers(text);
  REQUIRE(numbers.size() == 1);
  CHECK(numbers[0].value == 5);
}

TEST_CASE("find_numbers reads the same wherever the text is cut into blocks") {
  // find_numbers scans 64 bytes at a time: the same sentence, shifted by
  // every offset across two block edges, must give the same numbers.
  const std::string sentence =
      "Officers on the A1,234 road held 5,6 men; twenty-five people, a dozen cars, "
      "half a million pounds, hundreds of calls and 1,250 homes (3.5 per cent).";
  const std::vector<std::pair<std::string, double>> expected{
      {"5", 5}, {"6", 6}, {"twenty-five", 25}, {"a dozen", 12}, {"half a million", 5e5},
      {"hundreds", 100}, {"1,250", 1250}, {"3.5", 3.5}};
  for (std::size_t shift = 0; shift <= 130; ++shift) {
    const std::string text = std::string(shift, ' ') + sentence;
    const auto numbers = crimestats::find_numbers(text);
    INFO("shift " << shift);
    REQUIRE(numbers.size() == expected.size());
    for (std::size_t k = 0; k < expected.size(); ++k) {
      CHECK(text.substr(numbers[k].span.begin, numbers[k].span.end - numbers[k].span.begin) == expected[k].first);
      CHECK(numbers[k].value == expected[k].second);
    }
  }
}

TEST_CASE("decimals are the nearest double, with or without a scale") {
  CHECK(read_number("1.7 per cent", 0)->value == 1.7);
  CHECK(read_number("15.7%", 0)->value == 15.7);
  CHECK(read_number("0.1 of", 0)->value == 0.1);
  CHECK(read_number("1.2m", 0)->value == 1200000.0);
  CHECK(read_number("2.3 million", 0)->value == 2300000.0);
  CHECK(read_number("179.64g", 0)->value == 179.64);
}
