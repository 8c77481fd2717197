// Fact types produced by the extractors and assembled by the normaliser.
//
// Every fact carries the span of text it came from: byte offsets into the
// loaded article text (after decoding and line-ending normalisation), end
// exclusive. The text of a fact is never stored: writers slice it from the
// article text, so facts stay small and cheap to move.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crimestats {

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;  // exclusive

  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
  bool overlaps(const Span& other) const { return begin < other.end && other.begin < end; }
  bool contains(const Span& other) const { return begin <= other.begin && other.end <= end; }
};

// How a figure is hedged in the text ("more than 760", "nearly 40pc").
enum class Qualifier { none, approximately, more_than, at_least, less_than, at_most };

// "approximately", "more_than", ...; empty for Qualifier::none (written as null).
std::string_view qualifier_name(Qualifier q);

// Maps a hedging phrase as written ("more than", "in excess of", "nearly",
// "up to", "an estimated", ...; case-insensitive, single spaces) to its
// qualifier. Unknown phrases give Qualifier::none.
Qualifier qualifier_from_phrase(std::string_view phrase);

// Every phrase qualifier_from_phrase knows, lower case, with its qualifier:
// lets a caller rule a hedge out from the word before a figure without
// building phrases.
std::span<const std::pair<std::string_view, Qualifier>> qualifier_phrases();

struct Count {
  double value = 0;
  std::string category;  // arrests, charges, ... other (see GUIDELINES.md)
  std::string subject;   // the counted noun as written: "arrests", "county lines"
  Qualifier qualifier = Qualifier::none;
  Span span;
};

struct Money {
  double amount = 0;     // major units: £2m is 2000000
  std::string currency;  // ISO 4217
  Qualifier qualifier = Qualifier::none;
  std::string role;  // cash_seized, drugs_value, funding, penalty, proceeds, other
  Span span;
};

struct Percentage {
  double value = 0;
  std::string direction;  // "increase", "decrease", or empty (null)
  Qualifier qualifier = Qualifier::none;
  Span span;
};

enum class Granularity { year, month, day };
std::string_view granularity_name(Granularity g);

struct DateFact {
  std::string value;  // ISO 8601 at its own precision: 2018, 2019-08, 2019-10-03
  Granularity granularity = Granularity::day;
  std::string until;  // end of a range in ISO 8601, empty (null) if not a range
  bool relative = false;    // "last year", "earlier this month"
  bool dateline = false;    // the article's own publication dateline
  Span span;
};

// A place's fields view the gazetteer the places extractor loaded, which is
// built once and outlives every record made with it: naming a place costs
// no copies of its county, force and region.
struct Place {
  std::string_view name;  // canonical: "Southend-on-Sea", "United Kingdom"
  std::string_view type;  // country, region, county, police_area, city, town, village, borough
  std::string_view county, police_force, region, country;  // empty is written as null
  std::optional<double> lat, lon;
  std::vector<Span> mentions;
};

struct Operation {
  std::string name;  // "Operation Raptor"
  std::vector<Span> mentions;
};

struct Drug {
  std::string drug;        // canonical lower case: "crack cocaine"
  std::string drug_class;  // "A", "B", "C", or empty (null)
  std::vector<Span> mentions;
};

struct DrugQuantity {
  std::string drug;  // canonical, or "drugs" where unnamed
  double quantity = 0;
  std::string unit;  // g, kg, lb, oz, wraps, plants, pills, bags
  Qualifier qualifier = Qualifier::none;
  Span span;
};

// What the extractors found in one article. Each extractor appends only to
// the lists of its own kind of fact; the normaliser then orders, merges and
// de-duplicates them.
struct Facts {
  std::vector<Count> counts;
  std::vector<Money> money;
  std::vector<Percentage> percentages;
  std::vector<DateFact> dates;
  std::vector<Place> places;
  std::vector<Operation> operations;
  std::vector<Drug> drugs;
  std::vector<DrugQuantity> drug_quantities;
  // Names no gazetteer or lexicon holds, made from the article (a place the
  // places extractor names from "Kondhwa police station"): facts of this
  // article view them. Shared, so a copy of the facts keeps them alive.
  std::vector<std::shared_ptr<const std::string>> owned_names;
};

}  // namespace crimestats
