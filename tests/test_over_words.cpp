#include "crimestats/over_words.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

using crimestats::OverWords;
using crimestats::WordBeforeOver;

namespace {

const OverWords& over_words() {
  static const OverWords words(CRIMESTATS_SOURCE_DIR "/data/lexicons/money_particle_verbs.tsv");
  return words;
}

// The words of `phrase` (the text before "over", lower case, spaces or a
// comma between words), nearest first, as the extractors hand them over.
bool means_about(const std::string& phrase) {
  std::vector<std::string> tokens;
  std::vector<bool> comma_after;
  std::istringstream in(phrase);
  for (std::string word; in >> word;) {
    const bool comma = word.back() == ',';
    if (comma) word.pop_back();
    tokens.push_back(word);
    comma_after.push_back(comma);
  }
  std::vector<WordBeforeOver> before;
  for (std::size_t k = tokens.size(); k-- > 0;) before.push_back(WordBeforeOver{tokens[k], !comma_after[k]});
  return over_words().means_about(before);
}

}  // namespace

TEST_CASE("over after legal action or a phrasal verb is no hedge") {
  struct Case {
    const char* before;
    bool about;
  };
  const Case cases[] = {
      {"handed", true},                                  // a particle of the verb
      {"police were charged", true},                     // legal action straight before
      {"charge 11 men", true},                           // past an object of two words
      {"jailed for 40 years", true},                     // past a prison term
      {"jailed two men for 12 years each", true},        // past "each" and the term
      {"officers found", false},                         // "found over 40kg" is more than
      {"the haul was worth", false},                     // a plain hedge
      {"", false},                                       // nothing before it
      {"jailed two men for 12 years, each", false},      // punctuation cuts the reach
      {"charged,", false},                               // punctuation before "over"
      {"charged a man and then seized", false},          // too far back
  };
  for (const Case& c : cases) {
    INFO(c.before);
    CHECK(means_about(c.before) == c.about);
  }
}
