#include <catch2/catch.hpp>

#include "crimestats/extractor.hpp"

TEST_CASE("operations extractor is registered under its name") {
  const auto extractor = crimestats::make_operations_extractor(CRIMESTATS_SOURCE_DIR "/data");
  CHECK(extractor->name() == "operations");
}
