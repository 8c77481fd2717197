// Placeholder until the percentages extractor lands: finds nothing.
#include "crimestats/extractor.hpp"

namespace crimestats {
namespace {

class PercentagesExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "percentages"; }
  void extract(const ExtractInput&, Facts&) const override {}
};

}  // namespace

ExtractorPtr make_percentages_extractor(const std::filesystem::path&) { return std::make_unique<PercentagesExtractor>(); }

}  // namespace crimestats
