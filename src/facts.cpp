#include "crimestats/facts.hpp"

#include <array>
#include <utility>

#include "crimestats/text.hpp"

namespace crimestats {

std::string_view qualifier_name(Qualifier q) {
  switch (q) {
    case Qualifier::approximately: return "approximately";
    case Qualifier::more_than: return "more_than";
    case Qualifier::at_least: return "at_least";
    case Qualifier::less_than: return "less_than";
    case Qualifier::at_most: return "at_most";
    case Qualifier::none: break;
  }
  return {};
}

namespace {

// The hedges English news puts before a figure, by meaning.
constexpr std::array<std::pair<std::string_view, Qualifier>, 34> kPhrases{{
    {"more than", Qualifier::more_than},     {"over", Qualifier::more_than},
    {"in excess of", Qualifier::more_than},  {"upwards of", Qualifier::more_than},
    {"above", Qualifier::more_than},         {"exceeding", Qualifier::more_than},
    {"well over", Qualifier::more_than},     {"just over", Qualifier::more_than},
    {"at least", Qualifier::at_least},       {"a minimum of", Qualifier::at_least},
    {"no fewer than", Qualifier::at_least},  {"no less than", Qualifier::at_least},
    {"nearly", Qualifier::approximately},    {"almost", Qualifier::approximately},
    {"about", Qualifier::approximately},     {"around", Qualifier::approximately},
    {"approximately", Qualifier::approximately}, {"roughly", Qualifier::approximately},
    {"some", Qualifier::approximately},      {"an estimated", Qualifier::approximately},
    {"estimated", Qualifier::approximately}, {"circa", Qualifier::approximately},
    {"close to", Qualifier::approximately},  {"just under", Qualifier::approximately},
    {"approx", Qualifier::approximately},    {"c.", Qualifier::approximately},
    {"fewer than", Qualifier::less_than},    {"less than", Qualifier::less_than},
    {"under", Qualifier::less_than},         {"below", Qualifier::less_than},
    {"up to", Qualifier::at_most},           {"as many as", Qualifier::at_most},
    {"no more than", Qualifier::at_most},    {"a maximum of", Qualifier::at_most},
}};

}  // namespace

Qualifier qualifier_from_phrase(std::string_view phrase) {
  for (const auto& [text, q] : kPhrases) {
    if (iequals(text, phrase)) return q;
  }
  return Qualifier::none;
}

std::span<const std::pair<std::string_view, Qualifier>> qualifier_phrases() { return kPhrases; }

std::string_view granularity_name(Granularity g) {
  switch (g) {
    case Granularity::year: return "year";
    case Granularity::month: return "month";
    case Granularity::day: break;
  }
  return "day";
}

}  // namespace crimestats
