// Placeholder until the money extractor lands: finds nothing.
#include "crimestats/extractor.hpp"

namespace crimestats {
namespace {

class MoneyExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "money"; }
  void extract(const ExtractInput&, Facts&) const override {}
};

}  // namespace

ExtractorPtr make_money_extractor(const std::filesystem::path&) { return std::make_unique<MoneyExtractor>(); }

}  // namespace crimestats
