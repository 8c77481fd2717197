#include <catch2/catch.hpp>

#include "crimestats/extractor.hpp"

TEST_CASE("drugs extractor is registered under its name") {
  const auto extractor = crimestats::make_drugs_extractor(CRIMESTATS_SOURCE_DIR "/data");
  CHECK(extractor->name() == "drugs");
}
