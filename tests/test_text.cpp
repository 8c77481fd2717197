#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "crimestats/text.hpp"

using namespace crimestats;

TEST_CASE("words before and after a position stay in the sentence") {
  const std::string text = "He left. Police made 19 arrests in Essex. Next";
  const std::size_t at = text.find("19");
  const auto before = words_before(text, at, 5);
  REQUIRE(before.size() == 2);
  CHECK(before[0].text == "made");
  CHECK(before[1].text == "Police");
  const auto after = words_after(text, at + 2, 5);
  REQUIRE(after.size() == 3);
  CHECK(after[0].text == "arrests");
  CHECK(after[2].text == "Essex");
}

TEST_CASE("hyphens and apostrophes stay inside words") {
  const std::string text = "the force's drug-related offences";
  const auto after = words_after(text, 0, 4);
  REQUIRE(after.size() == 4);
  CHECK(after[1].text == "force's");
  CHECK(after[2].text == "drug-related");
}

TEST_CASE("sentence limits ignore titles and decimals") {
  const std::string text = "Det. Insp. Smith said 1.5 tonnes went. Then more.";
  CHECK(sentence_begin(text, text.find("Smith")) == 0);
  CHECK(sentence_end(text, 0) == text.find("Then") - 1);
  CHECK(sentence_begin(text, text.find("more")) == text.find("Then"));
}

TEST_CASE("where a sentence ends") {
  struct Case {
    std::string text;
    std::size_t at;  // the terminator asked about
    bool ends;
  };
  const std::vector<Case> cases{
      {"He was arrested. Police said", 15, true},
      {"Officers left! More", 13, true},
      {"Why? Because", 3, true},
      {"\"It was wrong.\" He added", 13, true},
      {"(See below.) Next", 10, true},
      {"at the end.", 10, true},
      {"Det. Insp. Smith", 3, false},
      {"No. 5 Street", 2, false},
      {"the U.K. police", 7, false},
      {"1.5 tonnes", 1, false},
      {"www.example.com", 3, false},
      {"Mrs. Jones", 3, false},
      {"a comma, then", 7, false},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    REQUIRE(c.at < c.text.size());
    CHECK(ends_sentence(c.text, c.at) == c.ends);
  }
}

TEST_CASE("case folding") {
  CHECK(iequals("Operation", "OPERATION"));
  CHECK_FALSE(iequals("Op", "Ops"));
  CHECK(istarts_with("Southend-on-Sea", "southend"));
  CHECK(lower_ascii("Crack COCAINE") == "crack cocaine");
}

TEST_CASE("byte pairs index the same from two bytes or from text") {
  const std::string text = "the last month";
  CHECK(crimestats::byte_pair('l', 'a') == crimestats::byte_pair_at(text.data() + 4));
  CHECK(crimestats::byte_pair('l', 'a') != crimestats::byte_pair('a', 'l'));
  CHECK(crimestats::byte_pair('\xC2', '\xA3') < 65536);
}

TEST_CASE("text is normalised: line breaks to LF, no-break spaces to spaces") {
  CHECK(crimestats::normalise_text("a\r\nb\rc\n") == "a\nb\nc\n");
  CHECK(crimestats::normalise_text("on\xC2\xA0" "10\xC2\xA0March") == "on 10 March");
  CHECK(crimestats::normalise_text("\xC2\xA3" "5 and \xC2\xA9 stay") == "\xC2\xA3" "5 and \xC2\xA9 stay");
  CHECK(crimestats::normalise_text("plain") == "plain");
}

TEST_CASE("normalise_text_in_place gives what normalise_text returns") {
  for (const std::string in : {"a\r\nb\rc\n", "\r\r\n\r", "x\xC2\xA0\r\ny\xC2", "\xC2\xA0\xC2\xA0", "plain", ""}) {
    std::string text = in;
    crimestats::normalise_text_in_place(text);
    CHECK(text == crimestats::normalise_text(in));
  }
  std::string text = "one\r\ntwo\xC2\xA0three\r";
  crimestats::normalise_text_in_place(text);
  CHECK(text == "one\ntwo three\n");
}

TEST_CASE("a story that counts money in dollars and never in pounds sterling") {
  using crimestats::counts_money_in_dollars;
  CHECK(counts_money_in_dollars("Agents seized $2m and 300 pounds of cannabis."));
  CHECK(counts_money_in_dollars("Bail was set at $ 5,000."));
  CHECK(counts_money_in_dollars("The haul was worth A$3m."));
  CHECK(counts_money_in_dollars("It cost US$40 million."));
  CHECK_FALSE(counts_money_in_dollars("It cost $40 million and \xC2\xA3" "20 million."));
  CHECK_FALSE(counts_money_in_dollars("He was fined 300 pounds."));
  CHECK_FALSE(counts_money_in_dollars("The $ sign and the $-amounts are not amounts."));
  CHECK_FALSE(counts_money_in_dollars("Price: $"));
  CHECK_FALSE(counts_money_in_dollars(""));
}
