#include <catch2/catch.hpp>

#include "crimestats/pipeline.hpp"

using namespace crimestats;

TEST_CASE("counts overlapping money, dates, percentages or drug quantities are dropped") {
  Facts facts;
  facts.counts.push_back(Count{7000, "other", "cash", Qualifier::none, Span{10, 15}});
  facts.counts.push_back(Count{19, "arrests", "arrests", Qualifier::none, Span{0, 2}});
  facts.counts.push_back(Count{2018, "other", "", Qualifier::none, Span{30, 34}});
  facts.counts.push_back(Count{19, "arrests", "arrests", Qualifier::none, Span{0, 2}});
  facts.money.push_back(Money{7000, "GBP", Qualifier::more_than, "cash_seized", Span{9, 15}});
  facts.dates.push_back(DateFact{"2018", Granularity::year, "", false, false, Span{30, 34}});
  const Record r = normalise(Document{}, std::move(facts), Date{2020, 1, 1});
  REQUIRE(r.facts.counts.size() == 1);
  CHECK(r.facts.counts[0].value == 19);
  CHECK(r.facts.money.size() == 1);
}

TEST_CASE("sterling overlapping a drug weight in pounds is dropped") {
  // "seized 1,250 pounds of compressed ganja and paid 300 pounds"
  Facts facts;
  facts.money.push_back(Money{1250, "GBP", Qualifier::none, "", Span{7, 20}});
  facts.money.push_back(Money{300, "GBP", Qualifier::none, "", Span{57, 67}});
  facts.drug_quantities.push_back(DrugQuantity{"cannabis", 1250, "lb", Qualifier::none, Span{7, 46}});
  facts.drug_quantities.push_back(DrugQuantity{"cannabis", 300, "g", Qualifier::none, Span{57, 67}});
  const Record r = normalise(Document{}, std::move(facts), Date{2020, 1, 1});
  REQUIRE(r.facts.money.size() == 1);
  CHECK(r.facts.money[0].amount == 300);
  CHECK(r.facts.drug_quantities.size() == 2);
}

TEST_CASE("places merge by name with mentions in text order") {
  Facts facts;
  facts.places.push_back(Place{"Essex", "county", "Essex", "Essex Police", "East of England", "England", 51.7, 0.5, {{50, 55}}});
  facts.places.push_back(Place{"Colchester", "town", "Essex", "Essex Police", "East of England", "England", 51.9, 0.9, {{5, 15}}});
  facts.places.push_back(Place{"Essex", "county", "Essex", "Essex Police", "East of England", "England", 51.7, 0.5, {{20, 25}}});
  const Record r = normalise(Document{}, std::move(facts), Date{2020, 1, 1});
  REQUIRE(r.facts.places.size() == 2);
  CHECK(r.facts.places[0].name == "Colchester");
  CHECK(r.facts.places[1].name == "Essex");
  CHECK(r.facts.places[1].mentions == std::vector<Span>{{20, 25}, {50, 55}});
}

TEST_CASE("published comes from the dateline date") {
  Facts facts;
  facts.dates.push_back(DateFact{"2018", Granularity::year, "", false, false, Span{90, 94}});
  facts.dates.push_back(DateFact{"2020-01-10", Granularity::day, "", false, true, Span{10, 30}});
  const Record r = normalise(Document{}, std::move(facts), Date{2020, 1, 10});
  REQUIRE(r.published);
  CHECK(r.published->iso() == "2020-01-10");
  CHECK(r.facts.dates[0].value == "2020-01-10");
}

TEST_CASE("a place named inside an operation's name is not a place") {
  Facts facts;
  facts.operations.push_back(Operation{"Operation Harrow", {{10, 26}}});
  facts.places.push_back(Place{"Harrow", "borough", "Greater London", "Metropolitan Police Service", "London", "England", 51.6, -0.34, {{20, 26}}});
  facts.places.push_back(Place{"Stockport", "town", "Greater Manchester", "Greater Manchester Police", "North West", "England", 53.4, -2.16, {{40, 49}}});
  const Record r = normalise(Document{}, std::move(facts), Date{2020, 1, 1});
  REQUIRE(r.facts.places.size() == 1);
  CHECK(r.facts.places[0].name == "Stockport");
  CHECK(r.facts.operations.size() == 1);
}
