#pragma once
// The compound file (OLE2) container of an .xls: just enough to read its workbook stream, for the
// scan of what FreeXL leaves out (xlsformulas.h). Every sector, chain and size the file claims is
// checked against the bytes there are; a loop in a chain ends the read.

#include "import/xlsbytes.h"

#include <cstdint>
#include <vector>

namespace slimplan::xls {

class Compound
{
public:
    explicit Compound(const Bytes &file) : m_file(file) {}

    // Reads the header, the FAT, the directory and the mini FAT; false when they are damaged.
    bool load();
    // The stream named "Workbook" (BIFF8) or "Book" (BIFF5).
    bool workbookStream(Bytes *out) const;

private:
    bool readFatSectors(std::vector<std::uint32_t> *fatSectors) const;
    bool readMiniStream(Bytes *miniStream) const;
    // File offset of a sector; 0 (never a sector's offset) when it lies outside the file.
    std::size_t offset(std::uint32_t sector) const;
    // Follows a chain in fat; from mini (64-byte sectors of the mini stream) when given.
    bool readChain(std::uint32_t start, const std::vector<std::uint32_t> &fat, const Bytes *mini,
                   Bytes *out) const;

    const Bytes &m_file;
    std::size_t m_sector = 512;
    std::uint32_t m_miniCutoff = 4096;
    std::vector<std::uint32_t> m_fat;
    Bytes m_directory;
    Bytes m_miniFatBytes;
};

} // namespace slimplan::xls
