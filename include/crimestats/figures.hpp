// The headline figures of one article, as the wide CSV and `crimestats
// summary` report them.
#pragma once

#include <optional>

#include "crimestats/facts.hpp"

namespace crimestats {

struct ArticleFigures {
  // The largest count of the category: articles repeat their totals and
  // give subsets ("760 arrested, 133 of them children"), so a sum would
  // count people twice.
  std::optional<double> arrests, charges, safeguarded;
  // The sum of the distinct GBP amounts of the role: separate seizures are
  // listed apart ("£5,000 in Colchester and £3,000 in Clacton").
  std::optional<double> cash_seized_gbp, drugs_value_gbp, funding_gbp;
};

ArticleFigures article_figures(const Facts& facts);

}  // namespace crimestats
