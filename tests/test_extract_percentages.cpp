// Table tests for the percentages extractor: each sentence with every
// percentage it must yield (value, direction, qualifier and the exact text
// matched), and sentences that must yield none.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "crimestats/extractor.hpp"

using crimestats::Qualifier;

namespace {

struct Expected {
  double value;
  std::string direction;  // "increase", "decrease" or "" (null)
  Qualifier qualifier;
  std::string text;
};

struct Case {
  std::string sentence;
  std::vector<Expected> percentages;
};

constexpr Qualifier none = Qualifier::none;

const crimestats::Extractor& extractor() {
  static const auto instance = crimestats::make_percentages_extractor(CRIMESTATS_SOURCE_DIR "/data");
  return *instance;
}

void check_cases(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    INFO("sentence: " << c.sentence);
    crimestats::Facts facts;
    extractor().extract(crimestats::ExtractInput{c.sentence, crimestats::Date{2023, 6, 1}, crimestats::DateOrder::dmy},
                        facts);
    const auto& found = facts.percentages;
    REQUIRE(found.size() == c.percentages.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
      const auto& want = c.percentages[i];
      const auto& got = found[i];
      INFO("percentage " << i);
      CHECK(got.value == Approx(want.value));
      CHECK(got.direction == want.direction);
      CHECK(got.qualifier == want.qualifier);
      CHECK(c.sentence.substr(got.span.begin, got.span.end - got.span.begin) == want.text);
    }
  }
}

}  // namespace

TEST_CASE("percentages extractor is registered under its name") { CHECK(extractor().name() == "percentages"); }

TEST_CASE("the ways a percentage is written") {
  check_cases({
      {"Knife crime accounts for 31% of violent offences.", {{31, "", none, "31%"}}},
      {"About 12 per cent of callers were children.", {{12, "", Qualifier::approximately, "About 12 per cent"}}},
      {"Only 8 percent of cases reached court.", {{8, "", none, "8 percent"}}},
      {"Robbery makes up 22pc of the total.", {{22, "", none, "22pc"}}},
      {"The detection rate was 6.4% last year.", {{6.4, "", none, "6.4%"}}},
      {"Nearly 45pc of the force's budget goes on staff.", {{45, "", Qualifier::approximately, "Nearly 45pc"}}},
      {"Twenty per cent of the seized phones were unlocked.", {{20, "", none, "Twenty per cent"}}},
      {"Almost thirty-five percent of victims were under 25.", {{35, "", Qualifier::approximately, "Almost thirty-five percent"}}},
      {"A quarter of the 12 % figure came from one town.", {{12, "", none, "12 %"}}},
      {"Some 1,200 per cent more vapes were seized.", {{1200, "increase", Qualifier::approximately, "Some 1,200 per cent"}}},
      {"US arrests fell 3 pct in the quarter.", {{3, "decrease", none, "3 pct"}}},
      {"More than 60% of those arrested were men.", {{60, "", Qualifier::more_than, "More than 60%"}}},
  });
}

TEST_CASE("direction from the words around a percentage") {
  check_cases({
      {"Burglaries have increased by 14% since 2019.", {{14, "increase", none, "14%"}}},
      {"There was a rise of 9 per cent in robberies.", {{9, "increase", none, "9 per cent"}}},
      {"Shoplifting soared by 120pc in the city centre.", {{120, "increase", none, "120pc"}}},
      {"Drug deaths were up 7% on the previous year.", {{7, "increase", none, "7%"}}},
      {"Reported thefts dropped by almost 18 per cent.", {{18, "decrease", Qualifier::approximately, "almost 18 per cent"}}},
      {"Vehicle crime fell 11% over the summer.", {{11, "decrease", none, "11%"}}},
      {"Arrests are down 4 per cent this year.", {{4, "decrease", none, "4 per cent"}}},
      {"The force reported a 15.3% increase in seizures.", {{15.3, "increase", none, "15.3%"}}},
      {"Officers saw a 6 per cent year-on-year decrease.", {{6, "decrease", none, "6 per cent"}}},
      {"Knife offences rose by more than 20% in two years.", {{20, "increase", Qualifier::more_than, "more than 20%"}}},
      {"Violent crime declined 3.5pc last year.", {{3.5, "decrease", none, "3.5pc"}}},
      {"Drug seizures jumped 40 per cent after the launch.", {{40, "increase", none, "40 per cent"}}},
      {"Cases are 25% higher than in 2020.", {{25, "increase", none, "25%"}}},
      {"Response times were cut by 30%.", {{30, "decrease", none, "30%"}}},
      {"A 12% reduction in burglaries was recorded.", {{12, "decrease", none, "12%"}}},
      {"Knife crime was up 12.5 per cent year-on-year.", {{12.5, "increase", none, "12.5 per cent"}}},
      {"Burglary fell by 0.5% to a record low.", {{0.5, "decrease", none, "0.5%"}}},
      {"Inflation hit 10.1% in the year to September 2022.", {{10.1, "", none, "10.1%"}}},
  });
}

TEST_CASE("ranges and lists of percentages") {
  check_cases({
      {"Between 20 and 30 per cent of dealers are under 18.",
       {{20, "", none, "20"}, {30, "", none, "30 per cent"}}},
      {"Estimates put the share at 15-20% nationally.", {{15, "", none, "15"}, {20, "", none, "20%"}}},
      {"Theft rose 5% in Kent and 8% in Essex.", {{5, "increase", none, "5%"}, {8, "", none, "8%"}}},
  });
}

TEST_CASE("slogan words only cancel a promise of all of it") {
  check_cases({
      {"The scheme offered investors a 12% guaranteed return.", {{12, "", none, "12%"}}},
      {"Officers were 100% certain of the driver's identity.", {{100, "", none, "100%"}}},
      {"Some 40% of reports to the line were anonymous.", {{40, "", Qualifier::approximately, "Some 40%"}}},
  });
}

TEST_CASE("not percentages") {
  check_cases({
      // Percentage points are a difference between two rates.
      {"The charge rate fell by 3 percentage points.", {}},
      {"Detection was up 2.5 percentage points on 2021.", {}},
      {"The gap narrowed by 4% points.", {}},
      // "PC" is a police constable; words that only contain the letters.
      {"PC 1234 Smith gave evidence.", {}},
      {"The topic was picked up by 40 epic fans.", {}},
      {"Officers made 40 arrests.", {}},
      {"Dozens per cent is not a figure.", {}},
      // Fractions, ratios and other numbers are not percentages.
      {"Thefts were up a third and robberies fell by half.", {}},
      {"The split was 50/50 between the two forces.", {}},
      {"About 3/4 of the officers had received training.", {}},
      {"The ratio fell from 1:4 to 1:6.", {}},
      {"Covid-19 cases rose in the spring.", {}},
      // A call-for-information slogan promises, it does not measure.
      {"Tip-offs can be passed to the charity 100% anonymously online.", {}},
      {"The reporting line is 100 per cent confidential.", {}},
      {"Calls to the hotline remain 100% anonymous.", {}},
  });
}
