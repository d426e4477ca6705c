#pragma once
// Little-endian reading of the .xls container and its BIFF records, bounded by the buffer: a value
// that would lie past the end reads as 0, so a size the file claims never reads beyond it.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace slimplan::xls {

using Bytes = std::vector<std::uint8_t>;

template<typename B>
inline std::uint16_t u16(const B &b, std::size_t at)
{
    return at + 2 <= b.size() ? std::uint16_t(b[at] | (b[at + 1] << 8)) : 0;
}

template<typename B>
inline std::uint32_t u32(const B &b, std::size_t at)
{
    return at + 4 <= b.size() ? std::uint32_t(b[at]) | (std::uint32_t(b[at + 1]) << 8)
                                    | (std::uint32_t(b[at + 2]) << 16) | (std::uint32_t(b[at + 3]) << 24)
                              : 0;
}

} // namespace slimplan::xls
