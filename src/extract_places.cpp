// Placeholder until the places extractor lands: finds nothing.
#include "crimestats/extractor.hpp"

namespace crimestats {
namespace {

class PlacesExtractor final : public Extractor {
 public:
  std::string_view name() const override { return "places"; }
  void extract(const ExtractInput&, Facts&) const override {}
};

}  // namespace

ExtractorPtr make_places_extractor(const std::filesystem::path&) { return std::make_unique<PlacesExtractor>(); }

}  // namespace crimestats
