#pragma once

#include <cstddef>
#include <vector>

namespace sl {

// Asks the system to back [data, data + bytes) with huge pages where it spans whole ones
// (Linux's transparent huge pages in their `madvise` mode; elsewhere nothing happens). A
// district's rows are tens of megabytes, and the first touch of every 4 KiB page is a fault
// that costs tens of microseconds on a virtual machine: a 2 MiB page is one fault for 512 of
// them. Only the advice changes; the memory stays the allocator's.
void adviseHugePages(const void* data, std::size_t bytes);

// Reserves room for `count` elements of a vector about to be filled, advised as above when it
// is large (the allocator gives such a block its own mapping).
template <class T> void reserveLarge(std::vector<T>& rows, std::size_t count)
{
    rows.reserve(count);
    adviseHugePages(rows.data(), rows.capacity() * sizeof(T));
}

} // namespace sl
