// The number reader shared by every extractor.
//
// Reads how English news text writes numbers: digits with thousands
// separators and decimals ("1,234", "179.64"), number words ("nine",
// "twenty-five", "a hundred", "two and a half million", "a dozen"), mixed
// forms ("1.5 million", "20m", "79k", "2bn", the Indian "2 lakh" and "Rs
// 4.5 crore") and vague quantities ("dozens of", "hundreds of"), which have
// a magnitude but no exact value.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "crimestats/facts.hpp"

namespace crimestats {

struct Number {
  double value = 0;      // for vague quantities, the magnitude (12, 100, 1000 ...)
  bool exact = true;     // false for "dozens", "hundreds of", "thousands"
  bool has_digits = false;   // written at least partly in digits
  bool has_scale = false;    // carries a scale word or suffix (million, m, k, bn)
  Span span;             // the text read, scale word or suffix included
};

// Reads a number starting exactly at byte `pos` of `text`. `pos` must be at
// the start of a word or digit run. Returns nullopt if no number starts
// there, if digits run straight into letters that are not a scale suffix
// ("A12", "CO1", "3rd"), or if the number has more than 15 significant
// digits (a million-digit string is not a statistic).
std::optional<Number> read_number(std::string_view text, std::size_t pos);

// Every number in `text`, left to right, not overlapping. Digits that are
// part of a word ("A12", "M25", "CO1", "4x4") are skipped.
std::vector<Number> find_numbers(std::string_view text);

// The hedge written just before a number that starts at `pos` ("more
// than", "nearly", "up to", "an estimated", "in excess of"): up to three
// words, read with qualifier_from_phrase, longest first. `begin` is where
// the hedge starts, or `pos` when there is none.
struct Hedge {
  Qualifier qualifier = Qualifier::none;
  std::size_t begin = 0;
};
Hedge hedge_before(std::string_view text, std::size_t pos);

}  // namespace crimestats
