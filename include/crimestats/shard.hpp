// Splitting a run across machines (--shard K/N).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "crimestats/text.hpp"

namespace crimestats {

struct Shard {
  std::uint64_t index = 1;  // K, 1-based
  std::uint64_t count = 1;  // N

  // True if the article with this record id belongs to this shard:
  // fnv1a64(id) % N == K - 1 (text.hpp), so every machine agrees.
  bool owns(std::string_view id) const { return fnv1a64(id) % count == index - 1; }
};

// Parses "K/N" with 1 <= K <= N; nullopt otherwise.
std::optional<Shard> parse_shard(std::string_view text);

}  // namespace crimestats
