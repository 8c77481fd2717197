// Splitting a run across machines (--shard K/N).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace crimestats {

// 64-bit FNV-1a of `bytes`: stable across machines, compilers and runs
// (unlike std::hash), so every machine agrees on which shard owns an id.
std::uint64_t fnv1a64(std::string_view bytes);

struct Shard {
  std::uint64_t index = 1;  // K, 1-based
  std::uint64_t count = 1;  // N

  // True if the article with this record id belongs to this shard:
  // fnv1a64(id) % N == K - 1.
  bool owns(std::string_view id) const { return fnv1a64(id) % count == index - 1; }
};

// Parses "K/N" with 1 <= K <= N; nullopt otherwise.
std::optional<Shard> parse_shard(std::string_view text);

}  // namespace crimestats
