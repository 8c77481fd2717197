// An article as loaded, and the record built from it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "crimestats/date.hpp"
#include "crimestats/facts.hpp"

namespace crimestats {

struct Source {
  std::string path;
  std::uint64_t bytes = 0;   // size of the raw input
  std::string sha256;        // of the raw bytes, lower-case hex
  std::string encoding;      // "utf-8", "utf-16le", "windows-1252", ...
};

struct Document {
  std::string id;
  Source source;
  std::string text;  // decoded UTF-8 with LF line endings: spans index this
  std::optional<std::string> title;
  // A publication date given outside the text (HTML metadata, a JSON Lines
  // field); the text's own dateline is found by the dates extractor.
  std::optional<Date> published_hint;
  // The file's modification date: the fallback reference date.
  std::optional<Date> modified;
  std::vector<std::string> warnings;
};

// The crimestats/1 record: one per article.
struct Record {
  Document doc;
  std::optional<Date> published;
  Date reference_date;
  Facts facts;
};

}  // namespace crimestats
