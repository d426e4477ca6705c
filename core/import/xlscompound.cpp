#include "import/xlscompound.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>
#include <string>

namespace slimplan::xls {

namespace {

constexpr std::uint32_t kEndOfChain = 0xFFFFFFFEu;
constexpr std::size_t kDirectoryEntry = 128;

// The entry's name, lower-cased ASCII (anything else as '?').
std::string entryName(const Bytes &directory, std::size_t entry)
{
    const std::size_t nameBytes = std::min<std::size_t>(u16(directory, entry + 64), 64);
    std::string name;
    for (std::size_t k = 0; k + 1 < nameBytes; k += 2) {
        const std::uint16_t c = u16(directory, entry + k);
        if (c)
            name.push_back(char(c < 128 ? std::tolower(c) : '?'));
    }
    return name;
}

} // namespace

bool Compound::load()
{
    static const std::uint8_t magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    if (m_file.size() < 512 || std::memcmp(m_file.data(), magic, 8) != 0)
        return false;
    const std::uint16_t shift = u16(m_file, 0x1E);
    if (shift != 9 && shift != 12)
        return false;
    m_sector = std::size_t(1) << shift;
    m_miniCutoff = u32(m_file, 0x38);
    std::vector<std::uint32_t> fatSectors;
    if (!readFatSectors(&fatSectors))
        return false;
    for (const std::uint32_t s : fatSectors) {
        const std::size_t at = offset(s);
        if (!at)
            return false;
        for (std::size_t k = 0; k < m_sector / 4; ++k)
            m_fat.push_back(u32(m_file, at + 4 * k));
    }
    return readChain(u32(m_file, 0x30), m_fat, nullptr, &m_directory)
           && readChain(u32(m_file, 0x3C), m_fat, nullptr, &m_miniFatBytes);
}

// The FAT's own sectors: 109 in the header, more in the DIFAT chain.
bool Compound::readFatSectors(std::vector<std::uint32_t> *fatSectors) const
{
    for (int i = 0; i < 109; ++i) {
        const std::uint32_t s = u32(m_file, 0x4C + 4 * std::size_t(i));
        if (s < 0xFFFFFFFAu)
            fatSectors->push_back(s);
    }
    std::uint32_t difat = u32(m_file, 0x44);
    for (std::uint32_t n = u32(m_file, 0x48), i = 0; i < n && difat < 0xFFFFFFFAu; ++i) {
        const std::size_t at = offset(difat);
        if (!at)
            return false;
        const std::size_t per = m_sector / 4 - 1;
        for (std::size_t k = 0; k < per; ++k) {
            const std::uint32_t s = u32(m_file, at + 4 * k);
            if (s < 0xFFFFFFFAu)
                fatSectors->push_back(s);
        }
        difat = u32(m_file, at + 4 * per);
        if (fatSectors->size() > m_file.size() / m_sector)
            return false;
    }
    return true;
}

// The mini stream belongs to the root entry (the first one of type 5).
bool Compound::readMiniStream(Bytes *miniStream) const
{
    for (std::size_t e = 0; e + kDirectoryEntry <= m_directory.size(); e += kDirectoryEntry) {
        if (m_directory[e + 66] == 5)
            return readChain(u32(m_directory, e + 116), m_fat, nullptr, miniStream);
    }
    return true;
}

bool Compound::workbookStream(Bytes *out) const
{
    Bytes miniStream;
    if (!readMiniStream(&miniStream))
        return false;
    std::vector<std::uint32_t> miniFat;
    for (std::size_t k = 0; k + 4 <= m_miniFatBytes.size(); k += 4)
        miniFat.push_back(u32(m_miniFatBytes, k));
    for (std::size_t e = 0; e + kDirectoryEntry <= m_directory.size(); e += kDirectoryEntry) {
        const std::string name = entryName(m_directory, e);
        if (m_directory[e + 66] != 2 || (name != "workbook" && name != "book"))
            continue;
        const std::uint32_t start = u32(m_directory, e + 116);
        const std::uint32_t size = u32(m_directory, e + 120);
        const bool ok = size < m_miniCutoff ? readChain(start, miniFat, &miniStream, out)
                                            : readChain(start, m_fat, nullptr, out);
        if (!ok || out->size() < size)
            return false;
        out->resize(size);
        return true;
    }
    return false;
}

std::size_t Compound::offset(std::uint32_t sector) const
{
    const std::size_t at = (std::size_t(sector) + 1) * m_sector;
    return at + m_sector <= m_file.size() ? at : 0;
}

bool Compound::readChain(std::uint32_t start, const std::vector<std::uint32_t> &fat, const Bytes *mini,
                         Bytes *out) const
{
    out->clear();
    std::set<std::uint32_t> seen;
    for (std::uint32_t s = start; s != kEndOfChain; s = fat[s]) {
        if (s >= fat.size() || !seen.insert(s).second)
            return s == 0xFFFFFFFFu && out->empty(); // a free "start" is an empty stream
        if (mini) {
            const std::size_t at = std::size_t(s) * 64;
            if (at + 64 > mini->size())
                return false;
            out->insert(out->end(), mini->begin() + std::ptrdiff_t(at),
                        mini->begin() + std::ptrdiff_t(at + 64));
        } else {
            const std::size_t at = offset(s);
            if (!at)
                return false;
            out->insert(out->end(), m_file.begin() + std::ptrdiff_t(at),
                        m_file.begin() + std::ptrdiff_t(at + m_sector));
        }
    }
    return true;
}

} // namespace slimplan::xls
