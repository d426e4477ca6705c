#include "import/xlsformulas.h"

#include "import/xlsbytes.h"
#include "import/xlscompound.h"
#include "import/xlsxvalues.h"

#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <tuple>

namespace slimplan::xls {

namespace {

constexpr std::size_t kMaxFileBytes = 512u * 1024 * 1024;

// One BIFF record's payload, inside the workbook stream.
struct View
{
    const std::uint8_t *data;
    std::size_t length;
    std::size_t size() const { return length; }
    bool empty() const { return length == 0; }
    std::uint8_t operator[](std::size_t i) const { return data[i]; }
};

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

// One pass over the workbook stream's BIFF records, collecting the extra cells and the sheets'
// visibility and merges.
struct BiffScan
{
    std::vector<SheetExtras> sheetInfo;
    std::vector<ExtraCell> cells;
    std::vector<std::uint32_t> sheetOffsets;
    std::vector<std::uint16_t> xfFormat;
    std::map<std::uint16_t, bool> customDate;
    bool biff8 = false;
    int sheet = -1;
    // A FORMULA with a text result waits for its STRING record (and the CONTINUEs of that).
    bool wantString = false;
    ExtraCell pending;
    std::u16string stringText;
    std::size_t stringLeft = 0;

    void run(const Bytes &wb);
    void record(std::uint16_t type, const View &rec, std::size_t here);
    bool isDateXf(std::uint16_t xf) const;
    void flushString();
    void onContinue(const View &rec);
    void onBof(const View &rec, std::size_t here);
    void onMergedCells(const View &rec);
    void onFormat(const View &rec);
    void onFormula(const View &rec);
    void onString(const View &rec);
    void onBoolErr(const View &rec);
};

void BiffScan::run(const Bytes &wb)
{
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
            onContinue(rec);
            continue;
        }
        // A shared formula's SHRFMLA, or ARRAY / TABLE, may stand between FORMULA and STRING.
        if (type != 0x0207 && type != 0x04BC && type != 0x0221 && type != 0x0236)
            flushString();
        record(type, rec, here);
    }
    flushString();
}

void BiffScan::record(std::uint16_t type, const View &rec, std::size_t here)
{
    switch (type) {
    case 0x0809: // BOF
        onBof(rec, here);
        break;
    case 0x0085: // BOUNDSHEET: stream offset, visibility (0 visible, 1 hidden, 2 very hidden)
        sheetOffsets.push_back(u32(rec, 0));
        sheetInfo.emplace_back().hidden = rec.size() > 4 && rec[4] != 0;
        break;
    case 0x00E5: // MERGEDCELLS
        onMergedCells(rec);
        break;
    case 0x00E0: // XF
        xfFormat.push_back(u16(rec, 2));
        break;
    case 0x041E: // FORMAT
        onFormat(rec);
        break;
    case 0x0006: // FORMULA
        onFormula(rec);
        break;
    case 0x0207: // STRING
        onString(rec);
        break;
    case 0x0205: // BOOLERR
        onBoolErr(rec);
        break;
    default:
        break;
    }
}

bool BiffScan::isDateXf(std::uint16_t xf) const
{
    if (xf >= xfFormat.size())
        return false;
    const std::uint16_t fmt = xfFormat[xf];
    const auto it = customDate.find(fmt);
    return it != customDate.end() ? it->second : xlsx::isDateFormatId(fmt);
}

void BiffScan::flushString()
{
    if (wantString && stringLeft == 0) {
        pending.text = utf8(stringText);
        if (!pending.text.empty())
            cells.push_back(pending);
    }
    wantString = false;
}

void BiffScan::onContinue(const View &rec)
{
    std::size_t p = 1; // a CONTINUE of a string restarts with its option byte
    const std::size_t before = stringText.size();
    appendChars(rec, &p, stringLeft, rec[0] & 1, &stringText);
    stringLeft -= std::min(stringLeft, stringText.size() - before);
}

void BiffScan::onBof(const View &rec, std::size_t here)
{
    biff8 = biff8 || u16(rec, 0) == 0x0600;
    const auto it = std::find(sheetOffsets.begin(), sheetOffsets.end(), std::uint32_t(here));
    sheet = it == sheetOffsets.end() ? -1 : int(it - sheetOffsets.begin());
}

// Count, then per range first row, last row, first column, last column.
void BiffScan::onMergedCells(const View &rec)
{
    if (sheet < 0 || std::size_t(sheet) >= sheetInfo.size())
        return;
    std::vector<SheetExtras::Merge> &merges = sheetInfo[std::size_t(sheet)].merges;
    const std::size_t count = std::min<std::size_t>(u16(rec, 0), (rec.size() - std::min<std::size_t>(rec.size(), 2)) / 8);
    for (std::size_t i = 0; i < count && merges.size() < kMaxMergesPerSheet; ++i) {
        const std::size_t at = 2 + 8 * i;
        merges.push_back({u16(rec, at), u16(rec, at + 2), u16(rec, at + 4), u16(rec, at + 6)});
    }
}

void BiffScan::onFormat(const View &rec)
{
    std::u16string code;
    std::size_t p = biff8 ? 5 : 3;
    const std::size_t count = biff8 ? u16(rec, 2) : (rec.size() > 2 ? rec[2] : 0);
    appendChars(rec, &p, count, biff8 && rec.size() > 4 && (rec[4] & 1), &code);
    customDate[u16(rec, 0)] = xlsx::isDateFormatCode(QString::fromStdU16String(code));
}

// Row, column, XF, cached result, ...
void BiffScan::onFormula(const View &rec)
{
    if (sheet < 0 || rec.size() < 20)
        return;
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
}

// Length, option byte, characters.
void BiffScan::onString(const View &rec)
{
    if (wantString && rec.size() >= 3) {
        std::size_t p = 3;
        stringLeft = u16(rec, 0);
        appendChars(rec, &p, stringLeft, rec[2] & 1, &stringText);
        stringLeft -= std::min(stringLeft, stringText.size());
    }
}

// Row, column, XF, value, is-error.
void BiffScan::onBoolErr(const View &rec)
{
    if (sheet >= 0 && rec.size() >= 8 && rec[7] == 0) {
        ExtraCell c;
        c.sheet = std::uint16_t(sheet);
        c.row = u16(rec, 0);
        c.column = u16(rec, 2);
        c.kind = ExtraCell::Kind::Boolean;
        c.number = rec[6] ? 1 : 0;
        cells.push_back(c);
    }
}

} // namespace

std::vector<ExtraCell> scanExtraCells(const char *path, std::vector<SheetExtras> *sheets)
{
    Bytes wb;
    {
        Bytes file;
        if (!readFile(path, &file))
            return {};
        Compound ole(file);
        if (!ole.load() || !ole.workbookStream(&wb))
            return {};
    } // the stream is all that is needed now
    BiffScan scan;
    scan.run(wb);
    std::vector<ExtraCell> &cells = scan.cells;
    std::stable_sort(cells.begin(), cells.end(), [](const ExtraCell &a, const ExtraCell &b) {
        return std::tie(a.sheet, a.row, a.column) < std::tie(b.sheet, b.row, b.column);
    });
    if (sheets)
        *sheets = std::move(scan.sheetInfo);
    return std::move(cells);
}

} // namespace slimplan::xls
