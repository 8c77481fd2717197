// Placeholder until the operations extractor lands: finds nothing.
#include "crimestats/extractor.hpp"

namespace crimestats {
namespace {

class OperationsExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "operations"; }
  void extract(const ExtractInput&, Facts&) const override {}
};

}  // namespace

ExtractorPtr make_operations_extractor(const std::filesystem::path&) { return std::make_unique<OperationsExtractor>(); }

}  // namespace crimestats
