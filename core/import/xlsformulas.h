#pragma once
// What FreeXL 1.0.6 does not give of an .xls: the cached results of formula cells (FORMULA and
// STRING records) and TRUE/FALSE cells (BOOLERR, which FreeXL turns into 1 and 0). Found by a
// scan of the workbook stream of the OLE file, read here on its own; every size the file claims
// is checked against the bytes there are. Runs in the .xls reader's child process, next to FreeXL.

#include <cstdint>
#include <string>
#include <vector>

namespace slimplan::xls {

struct ExtraCell
{
    enum class Kind : std::uint8_t { Boolean, Number, DateSerial, Text };
    std::uint16_t sheet = 0; // index among the workbook's sheets (BOUNDSHEET order, as FreeXL)
    std::uint16_t row = 0;   // 0-based
    std::uint16_t column = 0;
    Kind kind = Kind::Number;
    double number = 0;       // Number, DateSerial; Boolean: 0 or 1
    std::string text;        // Text, UTF-8
};

// What FreeXL 1.0.6 does not say of a sheet: whether it is hidden (BOUNDSHEET) and its merged
// ranges (MERGEDCELLS), so that the .xls reader skips hidden sheets and fills merges down as the
// .xlsx and .ods readers do.
struct SheetExtras
{
    struct Merge
    {
        std::uint16_t firstRow = 0, lastRow = 0, firstColumn = 0, lastColumn = 0; // 0-based
    };
    bool hidden = false;
    std::vector<Merge> merges;
};

// At most this many merges are kept per sheet; a file claiming more is damaged or hostile.
inline constexpr std::size_t kMaxMergesPerSheet = 65536;

// The extra cells of the workbook at path, sorted by sheet, row and column, and into `sheets`
// (when given) one entry per BOUNDSHEET. Empty when the file cannot be scanned (FreeXL's own
// verdict on it stands).
std::vector<ExtraCell> scanExtraCells(const char *path, std::vector<SheetExtras> *sheets = nullptr);

} // namespace slimplan::xls
