#pragma once
// Tuning of the C library's allocator for working sets of a million items.

namespace slimplan {

// Call once at the start of main(). With glibc, every heap (the main one and each worker
// thread's) grows in steps of at least 64 MiB instead of a few pages: a million-item plan makes
// millions of small allocations from two threads, and growing the heap page by page spent about
// a fifth of the plan's time in the allocator and the kernel. Untouched address space costs no
// memory. Does nothing elsewhere.
void tuneAllocator();

} // namespace slimplan
