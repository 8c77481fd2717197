// Extractors -> normaliser: turns a loaded Document into its Record.
#pragma once

#include <optional>
#include <vector>

#include "crimestats/document.hpp"
#include "crimestats/extractor.hpp"

namespace crimestats {

struct PipelineOptions {
  // Forces the reference date; otherwise the publication date (metadata or
  // dateline), else the file's modification date, else today.
  std::optional<Date> reference_date;
  DateOrder date_order = DateOrder::dmy;
};

class Pipeline {
 public:
  explicit Pipeline(std::vector<ExtractorPtr> extractors);
  // Thread-safe: one Pipeline serves every worker.
  Record run(Document doc, const PipelineOptions& options) const;

 private:
  std::vector<ExtractorPtr> extractors_;
};

// Orders, merges and de-duplicates the extractors' facts into a record:
// - every list is sorted by span;
// - exact duplicates (same kind, same span, same value) are dropped;
// - counts overlapping a money amount, percentage, date or drug quantity
//   are dropped (those readings win over a bare count);
// - place mentions inside an operation's name are dropped ("Operation
//   Harrow" names no place);
// - places, operations and drugs are merged by name, their mentions in order;
// - `published` comes from the document's hint, else the dateline date.
Record normalise(Document doc, Facts facts, Date reference_date);

}  // namespace crimestats
