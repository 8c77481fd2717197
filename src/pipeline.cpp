#include "crimestats/pipeline.hpp"

namespace crimestats {

Pipeline::Pipeline(std::vector<ExtractorPtr> extractors) : extractors_(std::move(extractors)) {}

Record Pipeline::run(Document doc, const PipelineOptions& options) const {
  std::optional<Date> reference = options.reference_date;
  if (!reference) reference = doc.published_hint;
  if (!reference) {
    for (const auto& extractor : extractors_) {
      reference = extractor->publication_date(doc.text, options.date_order);
      if (reference) break;
    }
  }
  if (!reference) reference = doc.modified;
  if (!reference) reference = today_utc();

  Facts facts;
  const ExtractInput input{doc.text, *reference, options.date_order};
  for (const auto& extractor : extractors_) extractor->extract(input, facts);
  return normalise(std::move(doc), std::move(facts), *reference);
}

}  // namespace crimestats
