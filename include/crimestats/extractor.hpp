// The interface every extractor implements.
//
// An extractor finds one kind of fact in an article's text. It knows
// nothing of the other extractors, of files or of output formats: it reads
// the text and appends facts of its own kind to `Facts`. Overlaps between
// kinds (a year read as a count, "£7,000" read as a count) are settled by
// the normaliser, not here. Extractors are built once, at start-up, and are
// shared by every worker thread: `extract` must be const and thread-safe.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "crimestats/date.hpp"
#include "crimestats/facts.hpp"

namespace crimestats {

// How to read an all-numeric date such as 03/04/2019.
enum class DateOrder { dmy, mdy };

struct ExtractInput {
  std::string_view text;   // the article, UTF-8, LF line endings
  Date reference_date;     // what relative expressions are resolved against
  DateOrder date_order = DateOrder::dmy;
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  virtual std::string_view name() const = 0;
  virtual void extract(const ExtractInput& in, Facts& out) const = 0;
  // The article's own publication date, from a dateline near its top or
  // bottom, where this extractor can tell. Only the dates extractor does.
  virtual std::optional<Date> publication_date(std::string_view /*text*/, DateOrder /*order*/) const {
    return std::nullopt;
  }
};

using ExtractorPtr = std::unique_ptr<Extractor>;

// One factory per kind of fact. Each loads its lexicons from `data_dir`
// and throws std::runtime_error (naming the file) if they are missing or
// malformed.
ExtractorPtr make_counts_extractor(const std::filesystem::path& data_dir);
ExtractorPtr make_percentages_extractor(const std::filesystem::path& data_dir);
ExtractorPtr make_money_extractor(const std::filesystem::path& data_dir);
ExtractorPtr make_dates_extractor(const std::filesystem::path& data_dir);
ExtractorPtr make_places_extractor(const std::filesystem::path& data_dir);
ExtractorPtr make_operations_extractor(const std::filesystem::path& data_dir);
ExtractorPtr make_drugs_extractor(const std::filesystem::path& data_dir);

// Every registered extractor, in a fixed order. Adding a kind of fact means
// one new source file and one line in src/registry.cpp.
std::vector<ExtractorPtr> make_all_extractors(const std::filesystem::path& data_dir);

}  // namespace crimestats
