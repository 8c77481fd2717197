#include <catch2/catch.hpp>

#include "crimestats/figures.hpp"

using namespace crimestats;

TEST_CASE("headline figures: largest count, sum of distinct GBP amounts per role") {
  Facts f;
  f.counts.push_back(Count{760, "arrests", "people", Qualifier::more_than, {}});
  f.counts.push_back(Count{133, "arrests", "children", Qualifier::none, {}});
  f.counts.push_back(Count{11, "charges", "people", Qualifier::none, {}});
  f.money.push_back(Money{5000, "GBP", Qualifier::none, "cash_seized", {}});
  f.money.push_back(Money{3000, "GBP", Qualifier::none, "cash_seized", {}});
  f.money.push_back(Money{5000, "GBP", Qualifier::none, "cash_seized", {}});
  f.money.push_back(Money{900, "EUR", Qualifier::none, "cash_seized", {}});
  f.money.push_back(Money{664000, "GBP", Qualifier::none, "funding", {}});
  const ArticleFigures a = article_figures(f);
  CHECK(a.arrests == 760);
  CHECK(a.charges == 11);
  CHECK_FALSE(a.safeguarded);
  CHECK(a.cash_seized_gbp == 8000);
  CHECK_FALSE(a.drugs_value_gbp);
  CHECK(a.funding_gbp == 664000);
}
