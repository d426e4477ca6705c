#include "import/xlsformulas.h"

#include "import/xlsxvalues.h"

#include <QString>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <tuple>

namespace slimplan::xls {

namespace {

using Bytes = std::vector<std::uint8_t>;

constexpr std::size_t kMaxFileBytes = 512u * 1024 * 1024;
constexpr std::uint32_t kEndOfChain = 0xFFFFFFFEu;

// One BIFF record's payload, inside the workbook stream.
struct View
{
    const std::uint8_t *data;
    std::size_t length;
    std::size_t size() const { return length; }
    bool empty() const { return length == 0; }
    std::uint8_t operator[](std::size_t i) const { return data[i]; }
};

template<typename B>
std::uint16_t u16(const B &b, std::size_t at)
{
    return at + 2 <= b.size() ? std::uint16_t(b[at] | (b[at + 1] << 8)) : 0;
}

template<typename B>
std::uint32_t u32(const B &b, std::size_t at)
{
    return at + 4 <= b.size() ? std::uint32_t(b[at]) | (std::uint32_t(b[at + 1]) << 8)
                                    | (std::uint32_t(b[at + 2]) << 16) | (std::uint32_t(b[at + 3]) << 24)
                              : 0;
}

bool readFile(const char *path, Bytes *out)
{
    FILE *f = std::fopen(path, "rb");
    if (!f)
        return false;
    std::uint8_t buf[65536];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0 && out->size() + n <= kMaxFileBytes)
        out->insert(out->end(), buf, buf + n);
    std::fclose(f);
    return !out->empty() && out->size() <= kMaxFileBytes;
}

// The compound file (OLE2) container: just enough to read one stream.
class Compound
{
public:
    explicit Compound(const Bytes &file) : m_file(file) {}

    bool load()
    {
        static const std::uint8_t magic[8] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        if (m_file.size() < 512 || std::memcmp(m_file.data(), magic, 8) != 0)
            return false;
        const std::uint16_t shift = u16(m_file, 0x1E);
        if (shift != 9 && shift != 12)
            return false;
        m_sector = std::size_t(1) << shift;
        m_miniCutoff = u32(m_file, 0x38);
        // The FAT's own sectors: 109 in the header, more in the DIFAT chain.
        std::vector<std::uint32_t> fatSectors;
        for (int i = 0; i < 109; ++i) {
            const std::uint32_t s = u32(m_file, 0x4C + 4 * std::size_t(i));
            if (s < 0xFFFFFFFAu)
                fatSectors.push_back(s);
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
                    fatSectors.push_back(s);
            }
            difat = u32(m_file, at + 4 * per);
            if (fatSectors.size() > m_file.size() / m_sector)
                return false;
        }
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

    // The stream named "Workbook" (BIFF8) or "Book" (BIFF5).
    bool workbookStream(Bytes *out)
    {
        Bytes miniStream;
        bool haveMini = false;
        for (std::size_t e = 0; e + 128 <= m_directory.size(); e += 128) {
            if (m_directory[e + 66] == 5 && !haveMini) { // root entry: owns the mini stream
                if (!readChain(u32(m_directory, e + 116), m_fat, nullptr, &miniStream))
                    return false;
                haveMini = true;
            }
        }
        std::vector<std::uint32_t> miniFat;
        for (std::size_t k = 0; k + 4 <= m_miniFatBytes.size(); k += 4)
            miniFat.push_back(u32(m_miniFatBytes, k));
        for (std::size_t e = 0; e + 128 <= m_directory.size(); e += 128) {
            const std::size_t nameBytes = std::min<std::size_t>(u16(m_directory, e + 64), 64);
            std::string name;
            for (std::size_t k = 0; k + 1 < nameBytes; k += 2) {
                const std::uint16_t c = u16(m_directory, e + k);
                if (c)
                    name.push_back(char(c < 128 ? std::tolower(c) : '?'));
            }
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

private:
    // File offset of a sector; 0 (never a sector's offset) when it lies outside the file.
    std::size_t offset(std::uint32_t sector) const
    {
        const std::size_t at = (std::size_t(sector) + 1) * m_sector;
        return at + m_sector <= m_file.size() ? at : 0;
    }

    // Follows a chain in fat; from mini (64-byte sectors of the mini stream) when given.
    bool readChain(std::uint32_t start, const std::vector<std::uint32_t> &fat, const Bytes *mini,
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

    const Bytes &m_file;
    std::size_t m_sector = 512;
    std::uint32_t m_miniCutoff = 4096;
    std::vector<std::uint32_t> m_fat;
    Bytes m_directory;
    Bytes m_miniFatBytes;
};

void appendUtf8(std::string *out, char32_t c)
{
    if (c < 0x80) {
        out->push_back(char(c));
    } else if (c < 0x800) {
        out->push_back(char(0xC0 | (c >> 6)));
        out->push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out->push_back(char(0xE0 | (c >> 12)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out->push_back(char(0x80 | (c & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (c >> 18)));
        out->push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out->push_back(char(0x80 | (c & 0x3F)));
    }
}

// BIFF8 characters (1 byte each, Latin-1, or UTF-16LE) from b[at] on; *at moves past them.
template<typename B>
void appendChars(const B &b, std::size_t *at, std::size_t count, bool wide, std::u16string *out)
{
    for (std::size_t i = 0; i < count && *at + (wide ? 2 : 1) <= b.size(); ++i) {
        out->push_back(wide ? char16_t(u16(b, *at)) : char16_t(b[*at]));
        *at += wide ? 2 : 1;
    }
}

std::string utf8(const std::u16string &s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char32_t c = s[i];
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000)
            c = 0x10000 + ((c - 0xD800) << 10) + (s[++i] - 0xDC00);
        else if (c >= 0xD800 && c < 0xE000)
            c = 0xFFFD;
        appendUtf8(&out, c);
    }
    return out;
}

} // namespace

std::vector<ExtraCell> scanExtraCells(const char *path, std::vector<SheetExtras> *sheets)
{
    std::vector<SheetExtras> sheetInfo;
    std::vector<ExtraCell> cells;
    Bytes file;
    Bytes wb;
    if (!readFile(path, &file))
        return cells;
    {
        Compound ole(file);
        if (!ole.load() || !ole.workbookStream(&wb))
            return cells;
    }
    Bytes().swap(file); // the stream is all that is needed now
    std::vector<std::uint32_t> sheetOffsets;
    std::vector<std::uint16_t> xfFormat;
    std::map<std::uint16_t, bool> customDate;
    bool biff8 = false;
    int sheet = -1;
    bool wantString = false;
    ExtraCell pending;
    std::u16string stringText;
    std::size_t stringLeft = 0;

    auto isDateXf = [&](std::uint16_t xf) {
        if (xf >= xfFormat.size())
            return false;
        const std::uint16_t fmt = xfFormat[xf];
        const auto it = customDate.find(fmt);
        return it != customDate.end() ? it->second : xlsx::isDateFormatId(fmt);
    };
    auto flushString = [&] {
        if (wantString && stringLeft == 0) {
            pending.text = utf8(stringText);
            if (!pending.text.empty())
                cells.push_back(pending);
        }
        wantString = false;
    };

    for (std::size_t pos = 0; pos + 4 <= wb.size();) {
        const std::uint16_t type = u16(wb, pos);
        const std::size_t len = u16(wb, pos + 2);
        const std::size_t at = pos + 4;
        if (at + len > wb.size())
            break;
        const View rec{wb.data() + at, len};
        const std::size_t here = pos;
        pos = at + len;
        if (type == 0x003C && wantString && biff8 && stringLeft > 0 && !rec.empty()) {
            std::size_t p = 1; // a CONTINUE of a string restarts with its option byte
            const std::size_t before = stringText.size();
            appendChars(rec, &p, stringLeft, rec[0] & 1, &stringText);
            stringLeft -= std::min(stringLeft, stringText.size() - before);
            continue;
        }
        // A shared formula's SHRFMLA, or ARRAY / TABLE, may stand between FORMULA and STRING.
        if (type != 0x0207 && type != 0x04BC && type != 0x0221 && type != 0x0236)
            flushString();
        switch (type) {
        case 0x0809: { // BOF
            biff8 = biff8 || u16(rec, 0) == 0x0600;
            const auto it = std::find(sheetOffsets.begin(), sheetOffsets.end(), std::uint32_t(here));
            sheet = it == sheetOffsets.end() ? -1 : int(it - sheetOffsets.begin());
            break;
        }
        case 0x0085: // BOUNDSHEET: stream offset, visibility (0 visible, 1 hidden, 2 very hidden)
            sheetOffsets.push_back(u32(rec, 0));
            sheetInfo.emplace_back().hidden = rec.size() > 4 && rec[4] != 0;
            break;
        case 0x00E5: { // MERGEDCELLS: count, then first row, last row, first column, last column
            if (sheet < 0 || std::size_t(sheet) >= sheetInfo.size())
                break;
            std::vector<SheetExtras::Merge> &merges = sheetInfo[std::size_t(sheet)].merges;
            const std::size_t count = std::min<std::size_t>(u16(rec, 0), (rec.size() - std::min<std::size_t>(rec.size(), 2)) / 8);
            for (std::size_t i = 0; i < count && merges.size() < kMaxMergesPerSheet; ++i) {
                const std::size_t at = 2 + 8 * i;
                merges.push_back({u16(rec, at), u16(rec, at + 2), u16(rec, at + 4), u16(rec, at + 6)});
            }
            break;
        }
        case 0x00E0: // XF
            xfFormat.push_back(u16(rec, 2));
            break;
        case 0x041E: { // FORMAT
            std::u16string code;
            std::size_t p = biff8 ? 5 : 3;
            const std::size_t count = biff8 ? u16(rec, 2) : (rec.size() > 2 ? rec[2] : 0);
            appendChars(rec, &p, count, biff8 && rec.size() > 4 && (rec[4] & 1), &code);
            customDate[u16(rec, 0)] = xlsx::isDateFormatCode(QString::fromStdU16String(code));
            break;
        }
        case 0x0006: { // FORMULA: row, column, XF, cached result, ...
            if (sheet < 0 || rec.size() < 20)
                break;
            ExtraCell c;
            c.sheet = std::uint16_t(sheet);
            c.row = u16(rec, 0);
            c.column = u16(rec, 2);
            if (u16(rec, 12) != 0xFFFF) {
                std::memcpy(&c.number, rec.data + 6, 8);
                c.kind = isDateXf(u16(rec, 4)) ? ExtraCell::Kind::DateSerial : ExtraCell::Kind::Number;
                cells.push_back(c);
            } else if (rec[6] == 1) {
                c.kind = ExtraCell::Kind::Boolean;
                c.number = rec[8] ? 1 : 0;
                cells.push_back(c);
            } else if (rec[6] == 0 && biff8) { // the text follows in a STRING record
                c.kind = ExtraCell::Kind::Text;
                pending = c;
                wantString = true;
                stringText.clear();
                stringLeft = 0;
            }
            break;
        }
        case 0x0207: // STRING: length, option byte, characters
            if (wantString && rec.size() >= 3) {
                std::size_t p = 3;
                stringLeft = u16(rec, 0);
                appendChars(rec, &p, stringLeft, rec[2] & 1, &stringText);
                stringLeft -= std::min(stringLeft, stringText.size());
            }
            break;
        case 0x0205: // BOOLERR: row, column, XF, value, is-error
            if (sheet >= 0 && rec.size() >= 8 && rec[7] == 0) {
                ExtraCell c;
                c.sheet = std::uint16_t(sheet);
                c.row = u16(rec, 0);
                c.column = u16(rec, 2);
                c.kind = ExtraCell::Kind::Boolean;
                c.number = rec[6] ? 1 : 0;
                cells.push_back(c);
            }
            break;
        default:
            break;
        }
    }
    flushString();
    std::stable_sort(cells.begin(), cells.end(), [](const ExtraCell &a, const ExtraCell &b) {
        return std::tie(a.sheet, a.row, a.column) < std::tie(b.sheet, b.row, b.column);
    });
    if (sheets)
        *sheets = std::move(sheetInfo);
    return cells;
}

} // namespace slimplan::xls
