#include "crimestats/memory.hpp"

#include <cstdint>
#include <cstdlib>

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

namespace crimestats {
namespace {

constexpr std::size_t kHeapStep = std::size_t{16} << 20;
constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;

}  // namespace

void reserve_start_up_heap() {
  const auto before = reinterpret_cast<std::uintptr_t>(::sbrk(0));
  // Each time the heap grows it grows by this much more than asked, and
  // it is trimmed back no further. Blocks up to the gazetteer's size come
  // from the heap, not from mappings of their own.
  ::mallopt(M_TOP_PAD, static_cast<int>(kHeapStep));
  ::mallopt(M_MMAP_THRESHOLD, static_cast<int>(kHeapStep));
  // More than the free top of the initial heap, so the heap grows now
  // (through a volatile pointer: a compiler may drop a malloc that is
  // freed unused).
  void* volatile probe = std::malloc(256 << 10);
  const auto after = reinterpret_cast<std::uintptr_t>(::sbrk(0));
  std::free(probe);
  const std::uintptr_t first = (before + kHugePage - 1) & ~(kHugePage - 1);
  const std::uintptr_t last = after & ~(kHugePage - 1);
  if (last > first) ::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
}

}  // namespace crimestats
