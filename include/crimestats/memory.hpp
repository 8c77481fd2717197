// How the process asks for memory.
#pragma once

namespace crimestats {

// Call once, before the lexicons and the gazetteer are built. Start-up
// is dominated by page faults: the tables touch about a thousand fresh
// 4 KiB pages, and on a virtual machine each fault costs 10-20 us. This
// makes the main heap grow in one 16 MiB step and asks the kernel to back
// that step with transparent huge pages where it allows them (the
// "madvise" setting), so the tables fault in a few 2 MiB pages instead.
// Peak memory grows by a few MiB; where huge pages are off, or malloc is
// not glibc's (sanitizers), nothing changes but the heap's growth step.
void reserve_start_up_heap();

}  // namespace crimestats
