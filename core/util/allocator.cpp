#include "util/allocator.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace slimplan {

void tuneAllocator()
{
#if defined(__GLIBC__)
    mallopt(M_TOP_PAD, 64 << 20);
#endif
}

} // namespace slimplan
