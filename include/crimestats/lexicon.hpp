// Plain-text lexicons under data/: UTF-8, one entry per line, fields
// separated by tabs; lines starting with '#' and blank lines are skipped.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
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

// Where the data files live: $CRIMESTATS_DATA if set, else
// <executable dir>/../share/crimestats if it exists, else the source tree's
// data/ folder the binary was built from.
std::filesystem::path default_data_dir();

}  // namespace crimestats
