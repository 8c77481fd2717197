// Placeholder until the drugs extractor lands: finds nothing.
#include "crimestats/extractor.hpp"

namespace crimestats {
namespace {

class DrugsExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "drugs"; }
  void extract(const ExtractInput&, Facts&) const override {}
};

}  // namespace

ExtractorPtr make_drugs_extractor(const std::filesystem::path&) { return std::make_unique<DrugsExtractor>(); }

}  // namespace crimestats
