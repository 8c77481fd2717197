// Placeholder until the dates extractor lands: finds nothing.
#include "crimestats/extractor.hpp"

namespace crimestats {
namespace {

class DatesExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "dates"; }
  void extract(const ExtractInput&, Facts&) const override {}
};

}  // namespace

ExtractorPtr make_dates_extractor(const std::filesystem::path&) { return std::make_unique<DatesExtractor>(); }

}  // namespace crimestats
