#pragma once
// Turns one raw row of a ledger into a normalised Item, reporting every value it could not read
// (file, sheet, row and column). One RowBuilder serves one sheet: it knows the column mapping and
// the kind the sheet's name implies, and interns repeated strings across the whole import.

#include "import/fieldmap.h"
#include "import/importreport.h"
#include "import/memberhasher.h"
#include "import/placeresolver.h"
#include "import/stringpool.h"
#include "import/tablesource.h"
#include "model/item.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <unordered_map>
#include <vector>

namespace slimplan {

struct RowContext
{
    QString file;                 // for messages and Item::sourceFile
    QString sheet;                // empty for CSV/JSON
    std::optional<Kind> kindHint; // from the sheet or file name
    bool fromSpreadsheet = false; // numbers in date columns may be Excel serials
    QString unitOwner;            // the 填报单位 line above the header: the owner of rows without one
    PlaceResolver *places = nullptr; // place names and owners → division codes (shared by the import)
};

class RowBuilder
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::RowBuilder)
public:
    enum class Outcome {
        Item,    // item filled; warnings may have been added
        Skipped, // blank row, subtotal (小计), footnote or a repeated header: not data
        Error,   // a required value is missing or unreadable: errors added, no item
        End,     // a grand total (合计/总计): the data of this sheet ends here
        NoItems  // the answer of an empty return (无, 本单位无…): no item, and no error
    };

    // pool and hasher must outlive the builder; they are shared by all sheets of one import.
    RowBuilder(const FieldMap &map, RowContext ctx, StringPool &pool, const MemberHasher &hasher);

    Outcome build(const RawRow &row, Item &item, std::vector<ImportIssue> &issues);

    // True when the last item built took its id from an id column (not 备案编号 or derived).
    bool lastIdFromColumn() const { return m_idFromColumn; }

    // What the row is without building it: Item for a data row, or Skipped / End.
    Outcome classify(const RawRow &row) const;
    // An issue on this sheet (column -1 = whole row).
    ImportIssue issue(ImportIssue::Severity s, int row, int column, const QString &message) const;

private:
    // The values without which a row is not imported.
    struct Required
    {
        QStringView name;
        QStringView owner; // the row's, else the 填报单位 of the sheet
        bool ownerMissing = false;
        std::optional<Kind> kind;
    };
    // The steps of build(), in order.
    Outcome readRequired(const RawRow &row, bool readerError, Required &req,
                         std::vector<ImportIssue> &issues);
    std::optional<Kind> readKind(const RawRow &row, std::optional<ImportIssue> &warning,
                                 std::vector<ImportIssue> &issues);
    void warnRowShape(const RawRow &row, std::vector<ImportIssue> &issues) const;
    void readRegion(const RawRow &row, Item &item, std::vector<ImportIssue> &issues);
    void resolvePlace(Item &item, std::vector<ImportIssue> &issues, int rowNumber);
    void readLevel(const RawRow &row, Item &item, std::vector<ImportIssue> &issues);
    void readAudience(const RawRow &row, Item &item, std::vector<ImportIssue> &issues) const;
    void readCost(const RawRow &row, Item &item, std::vector<ImportIssue> &issues) const;
    void readIdentity(const RawRow &row, Item &item);
    void readFlags(const RawRow &row, Item &item, std::vector<ImportIssue> &issues);
    void readMembers(const RawRow &row, Item &item, std::vector<ImportIssue> &issues) const;

    QStringView cell(const RawRow &row, Field f) const;
    QStringView cellAt(const RawRow &row, int column) const;
    void readCount(const RawRow &row, Field f, std::optional<qint64> &out,
                   std::vector<ImportIssue> &issues);
    void readDate(const RawRow &row, Field f, QDate &out, std::vector<ImportIssue> &issues);
    QStringList internList(QStringView text);
    Flags functionFlags(const QStringList &functions);
    std::optional<Kind> cachedKind(QStringView text);
    std::optional<Level> cachedLevel(QStringView text);
    QString regionWarning(const QString &region, QStringView written);

    const FieldMap &m_map;
    RowContext m_ctx;
    StringPool &m_pool;
    const MemberHasher &m_hasher;
    bool m_idFromColumn = false;
    QStringList m_headerKeys; // folded header cells, to spot a header repeated in the data
    QList<int> m_extraColumns;  // kept as extra attributes, with their labels (shared by all items)
    QStringList m_extraLabels;
    QList<int> m_flagColumns;   // yes/no columns raising one flag each
    QStringList m_columnLabels; // columnLabel() of every column, for issues
    template <typename T>
    using ViewMap = std::unordered_map<QString, T, StringViewHash, StringViewEqual>;
    ViewMap<std::optional<Kind>> m_kindCache;
    ViewMap<std::optional<Level>> m_levelCache;
    ViewMap<Flags> m_functionFlags; // function names repeat: their flags are looked up once
    ViewMap<QString> m_regionWarnings; // one message per odd region code, shared by its rows
};

} // namespace slimplan
