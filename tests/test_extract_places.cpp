#include <catch2/catch.hpp>

#include "crimestats/extractor.hpp"

TEST_CASE("places extractor is registered under its name") {
  const auto extractor = crimestats::make_places_extractor(CRIMESTATS_SOURCE_DIR "/data");
  CHECK(extractor->name() == "places");
}
