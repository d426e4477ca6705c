#pragma once
// Which column of a ledger holds which field: the canonical fields and their header synonyms
// (INVENTORY-FORMAT.md), finding the header row below title rows, and mappings chosen by hand in
// the import wizard.

#include "import/tablesource.h"
#include "model/types.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace slimplan {

enum class Field : std::uint8_t {
    Id, Name, Kind, Platform, Owner, Level, Region, Functions, DataItems, Audience, Users,
    ActiveUsers, LastActive, Posts90d, AnnualCost, Launched, FilingNo, Flags, Scene, Members, Notes
};
inline constexpr int kFieldCount = 21;

// What one column feeds: a field, a yes/no column raising one flag, an extra attribute kept as
// written (unknown headers), or nothing.
struct ColumnTarget
{
    enum class Type : std::uint8_t { Extra, Field, FlagColumn, Ignored };
    Type type = Type::Extra;
    slimplan::Field field = slimplan::Field::Id; // when type == Field
    Flag flag = Flag::CheckIn;                   // when type == FlagColumn

    bool isField(slimplan::Field f) const { return type == Type::Field && field == f; }
    bool operator==(const ColumnTarget &o) const = default;
};

class FieldMap
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::FieldMap)
public:
    // Canonical names: "id", "name", …, "notes" (the JSON keys of INVENTORY-FORMAT.md).
    static QString fieldName(Field f);
    static QStringList fieldNames();
    static std::optional<Field> fieldFromName(QStringView name);
    // The header synonyms of a field as INVENTORY-FORMAT.md lists them (for messages and the wizard).
    static QStringList synonyms(Field f);
    static bool isRequired(Field f) { return f == Field::Name || f == Field::Kind || f == Field::Owner; }
    // The field a header names (after folding, and stripping a unit suffix such as "（万元）" or a
    // required-marker "*" when that is what it takes to match).
    static std::optional<Field> matchHeader(QStringView header);
    // "name", "check_in", "" (ignore) or "extra" → target; nullopt for anything else.
    static std::optional<ColumnTarget> targetFromName(QStringView name);
    // Inverse of targetFromName: field or flag name, "" for an extra attribute, "-" for ignored.
    static QString targetName(const ColumnTarget &t);

    // Index of the header row among rows[0 .. maxRows): the first row where at least two cells name
    // known fields and one of them is "name". -1 when there is none.
    static int findHeaderRow(const std::vector<RawRow> &rows, int maxRows = 20);

    // Maps every column of a header row automatically. A field named by two columns goes to the
    // first; the second is kept as an extra attribute (see duplicateColumns()).
    void setHeader(const QStringList &headers);
    // Overrides one column (0-based) by a target name (see targetFromName). A field taken from
    // another column moves here; that column becomes an extra attribute. False for an unknown name.
    bool setManualMapping(int column, const QString &targetName);
    // Applies several overrides; returns the names it did not understand.
    QStringList setManualMappings(const QHash<int, QString> &mapping);

    const QStringList &headers() const { return m_headers; }
    int columnCount() const { return static_cast<int>(m_targets.size()); }
    const ColumnTarget &target(int column) const { return m_targets[static_cast<std::size_t>(column)]; }
    int columnOf(Field f) const { return m_columnOf[static_cast<std::size_t>(f)]; }
    bool has(Field f) const { return columnOf(f) >= 0; }
    // Columns kept as extra attributes (unknown headers and duplicates), in column order.
    QList<int> extraColumns() const;
    QList<int> duplicateColumns() const { return m_duplicates; }
    // A header text for messages: the header as written, or "column N" when blank.
    QString columnLabel(int column) const;

private:
    void rebuildIndex();

    QStringList m_headers;
    std::vector<ColumnTarget> m_targets;
    std::array<int, kFieldCount> m_columnOf{};
    QList<int> m_duplicates;
};

} // namespace slimplan
