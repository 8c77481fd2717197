#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <unistd.h>

#include "crimestats/memory.hpp"

TEST_CASE("the start-up heap grows in one step and stays usable") {
#if defined(__SANITIZE_ADDRESS__)
  SUCCEED("a sanitizer's allocator does not use the program break");
#else
  const auto before = reinterpret_cast<std::uintptr_t>(::sbrk(0));
  crimestats::reserve_start_up_heap();
  const auto after = reinterpret_cast<std::uintptr_t>(::sbrk(0));
  // By 16 MiB, less what was free at the top of the heap already.
  CHECK(after - before >= (std::uintptr_t{15} << 20));
  // Blocks as large as the gazetteer's now come from that heap.
  std::vector<void*> blocks;
  for (int i = 0; i < 64; ++i) {
    void* block = std::malloc(512 << 10);
    REQUIRE(block != nullptr);
    std::memset(block, i, 512 << 10);
    blocks.push_back(block);
  }
  // On the heap, below its end, rather than in mappings of their own.
  const auto end = reinterpret_cast<std::uintptr_t>(::sbrk(0));
  for (void* block : blocks) CHECK(reinterpret_cast<std::uintptr_t>(block) < end);
  for (void* block : blocks) std::free(block);
#endif
}
