// "over" straight before an amount or a quantity: a hedge ("over £5m",
// "over 30kg"), unless it belongs to the words before it: a particle of the
// verb ("handed over £500") or, after legal action or a dispute, "in
// connection with" ("charged over £3m haul", "jailed two men for 12 years
// each over 30kg of resin"). Money and drugs ask the same question.
#pragma once

#include <filesystem>
#include <span>
#include <string_view>

#include "crimestats/text.hpp"

namespace crimestats {

// A word before "over", nearest first.
struct WordBeforeOver {
  std::string_view lower;  // the word in lower case
  bool spaced = false;     // only spaces between it and the word after it (or "over")
};

class OverWords {
 public:
  // Reads money_particle_verbs.tsv (kinds particle, about, action, clause,
  // distributive); throws std::runtime_error naming the file and line on a
  // bad row.
  explicit OverWords(const std::filesystem::path& file);
  OverWords() = default;  // no words: "over" is always a hedge

  // True if "over" after `before` means "in connection with" or is a verb's
  // particle: the word just before is a particle verb or an "about" word, or
  // a verb of legal action stands one or two words back (its object), past
  // "each" and a prison term in years or months; never across punctuation
  // or a clause word.
  bool means_about(std::span<const WordBeforeOver> before) const;

  // The most words `means_about` looks at.
  static constexpr std::size_t kMaxWords = 8;

 private:
  WordSet particle_, about_, action_, clause_, distributive_;
};

}  // namespace crimestats
