#include <catch2/catch.hpp>

#include <string>

#include "crimestats/shard.hpp"

using namespace crimestats;

TEST_CASE("FNV-1a 64 known answers") {
  CHECK(fnv1a64("") == 0xcbf29ce484222325ULL);
  CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(fnv1a64("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("shard specs") {
  const auto s = parse_shard("2/3");
  REQUIRE(s);
  CHECK(s->index == 2);
  CHECK(s->count == 3);
  CHECK_FALSE(parse_shard("0/3"));
  CHECK_FALSE(parse_shard("4/3"));
  CHECK_FALSE(parse_shard("1/0"));
  CHECK_FALSE(parse_shard("1-3"));
  CHECK_FALSE(parse_shard("a/3"));
  CHECK_FALSE(parse_shard("1/3x"));
}

TEST_CASE("every id belongs to exactly one shard") {
  for (int i = 0; i < 200; ++i) {
    const std::string id = "articles/" + std::to_string(i);
    int owners = 0;
    for (std::uint64_t k = 1; k <= 4; ++k) owners += Shard{k, 4}.owns(id) ? 1 : 0;
    CHECK(owners == 1);
  }
}
