#include "crimestats/figures.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

namespace crimestats {
namespace {

std::optional<double> largest(const Facts& facts, std::string_view category) {
  std::optional<double> best;
  for (const auto& c : facts.counts) {
    if (c.category == category && (!best || c.value > *best)) best = c.value;
  }
  return best;
}

std::optional<double> distinct_gbp_total(const Facts& facts, std::string_view role) {
  std::vector<double> seen;
  for (const auto& m : facts.money) {
    if (m.role == role && m.currency == "GBP" && std::find(seen.begin(), seen.end(), m.amount) == seen.end()) {
      seen.push_back(m.amount);
    }
  }
  if (seen.empty()) return std::nullopt;
  double sum = 0;
  for (const double v : seen) sum += v;
  return sum;
}

}  // namespace

ArticleFigures article_figures(const Facts& facts) {
  return ArticleFigures{largest(facts, "arrests"),
                        largest(facts, "charges"),
                        largest(facts, "safeguarded"),
                        distinct_gbp_total(facts, "cash_seized"),
                        distinct_gbp_total(facts, "drugs_value"),
                        distinct_gbp_total(facts, "funding")};
}

}  // namespace crimestats
