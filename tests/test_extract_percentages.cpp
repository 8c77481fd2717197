#include <catch2/catch.hpp>

#include "crimestats/extractor.hpp"

TEST_CASE("percentages extractor is registered under its name") {
  const auto extractor = crimestats::make_percentages_extractor(CRIMESTATS_SOURCE_DIR "/data");
  CHECK(extractor->name() == "percentages");
}
