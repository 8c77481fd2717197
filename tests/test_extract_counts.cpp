#include <catch2/catch.hpp>

#include "crimestats/extractor.hpp"

TEST_CASE("counts extractor is registered under its name") {
  const auto extractor = crimestats::make_counts_extractor(CRIMESTATS_SOURCE_DIR "/data");
  CHECK(extractor->name() == "counts");
}
