// Placeholder until the counts extractor lands: finds nothing.
#include "crimestats/extractor.hpp"

namespace crimestats {
namespace {

class CountsExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "counts"; }
  void extract(const ExtractInput&, Facts&) const override {}
};

}  // namespace

ExtractorPtr make_counts_extractor(const std::filesystem::path&) { return std::make_unique<CountsExtractor>(); }

}  // namespace crimestats
