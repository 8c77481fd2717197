// Plain-text lexicons under data/: UTF-8, one entry per line, fields
// separated by tabs; lines starting with '#' and blank lines are skipped.
#pragma once

#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace crimestats {

struct LexiconRow {
  std::vector<std::string> fields;
  int line = 0;  // 1-based line number in the file, for messages
};

// Reads every row of `file`. Throws std::runtime_error naming the file and
// line when the file cannot be read or a row has fewer than `min_fields`
// fields.
std::vector<LexiconRow> read_lexicon(const std::filesystem::path& file, std::size_t min_fields = 1);

// One word a lexicon column may hold ("container", "before") and the value
// it stands for in the code that reads it.
template <typename T>
struct LexiconChoice {
  std::string_view word;
  T value;
};

// Throws std::runtime_error "<file>:<line>: <what> must be a, b or c",
// listing `words` ("" as "empty"). For lexicon_choice.
[[noreturn]] void fail_lexicon_choice(const std::filesystem::path& file, int line, std::string_view what,
                                      std::span<const std::string_view> words);

// The value of the choice whose word field `field` of `row` holds, for
// columns that name a role or kind from a fixed set. A missing field reads
// as "" (list "" among the choices for an optional column). Any other word
// throws, naming the file, the line and the words allowed.
template <typename T>
T lexicon_choice(const std::filesystem::path& file, const LexiconRow& row, std::size_t field, std::string_view what,
                 std::initializer_list<LexiconChoice<T>> choices) {
  const std::string_view word = field < row.fields.size() ? std::string_view(row.fields[field]) : std::string_view();
  for (const auto& choice : choices) {
    if (choice.word == word) return choice.value;
  }
  std::vector<std::string_view> words;
  words.reserve(choices.size());
  for (const auto& choice : choices) words.push_back(choice.word);
  fail_lexicon_choice(file, row.line, what, words);
}

// Where the data files live: $CRIMESTATS_DATA if set, else
// <executable dir>/../share/crimestats if it exists, else the source tree's
// data/ folder the binary was built from.
std::filesystem::path default_data_dir();

}  // namespace crimestats
