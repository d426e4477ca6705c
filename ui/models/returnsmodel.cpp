#include "models/returnsmodel.h"

#include "store/returndiff.h"

#include <QColor>
#include <QFileInfo>
#include <QHash>

namespace slimplan {

namespace {

QString fileName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

// The units' rows, found by unit key. A region's million items have a few hundred owners: the
// owner as written is looked up first, so each spelling is folded once.
struct UnitRows
{
    QHash<QString, int> byOwner;
    QHash<QString, int> byKey;
    std::vector<UnitReturn> rows;

    UnitReturn &of(const QString &owner)
    {
        auto seen = byOwner.constFind(owner);
        if (seen == byOwner.cend()) {
            const QString key = unitIdentityKey(owner);
            auto it = byKey.constFind(key);
            if (it == byKey.cend()) {
                UnitReturn u;
                u.owner = owner;
                rows.push_back(std::move(u));
                it = byKey.insert(key, int(rows.size()) - 1);
            }
            seen = byOwner.insert(owner, it.value());
        }
        return rows[std::size_t(seen.value())];
    }
};

// The one unit whose items came from a file, for a history that kept no per-file summaries.
struct FileOwner
{
    QString owner;
    QString key;
    int items = 0;
    bool mixed = false; // items of several units: a region's ledger, no unit's return
};

QHash<QString, FileOwner> ownersOfFiles(const Inventory &inventory)
{
    QHash<QString, FileOwner> out;
    QHash<QString, QString> keys; // owner as written → unit key, folded once per spelling
    for (const Item &it : inventory.items()) {
        if (it.sourceFile.isEmpty() || it.owner.isEmpty())
            continue;
        FileOwner &f = out[it.sourceFile];
        auto known = keys.constFind(it.owner);
        if (known == keys.cend())
            known = keys.insert(it.owner, unitIdentityKey(it.owner));
        const QString &key = known.value();
        if (f.items == 0) {
            f.owner = it.owner;
            f.key = key;
        } else if (f.key != key) {
            f.mixed = true;
        }
        ++f.items;
    }
    return out;
}

int fileErrors(const ImportReport &report, const QString &file)
{
    int n = 0;
    for (const ImportIssue &i : report.issues)
        n += i.isError() && i.file == file ? 1 : 0;
    return n;
}

void setReturn(UnitReturn &u, const QString &file, const QDateTime &when, int kept, int errors)
{
    u.returnFile = fileName(file);
    u.answered = when;
    u.rowsKept = kept;
    u.errors = errors;
    u.refused = false;
    u.noItems = false;
}

// The latest return of each unit, from one import of the history.
void addImport(UnitRows &units, const ImportRecord &record, const QHash<QString, FileOwner> &owners)
{
    if (!record.report.files.empty()) {
        for (const FileImportSummary &f : record.report.files) {
            if (f.unit.isEmpty())
                continue; // a ledger of several units is no one unit's answer
            UnitReturn &u = units.of(f.unit);
            setReturn(u, f.file, record.when, f.rowsKept, f.errors);
            u.refused = f.refused;
            u.noItems = f.noItemsReported;
        }
        return;
    }
    for (const QString &file : record.files) {
        const auto it = owners.constFind(file);
        if (it == owners.cend() || it->mixed)
            continue;
        setReturn(units.of(it->owner), file, record.when, it->items, fileErrors(record.report, file));
    }
}

} // namespace

UnitReturn::Status UnitReturn::status() const
{
    if (returnFile.isEmpty())
        return Status::NotAnswered;
    return refused || errors > 0 ? Status::Problem : Status::Answered;
}

ReturnsModel::ReturnsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

std::vector<UnitReturn> ReturnsModel::collect(const Inventory &inventory, const std::vector<SurveyRecord> &surveys,
                                              const std::vector<ImportRecord> &history,
                                              const std::vector<ReportedGone> &gone)
{
    UnitRows units;
    for (const SurveyRecord &s : surveys) {
        UnitReturn &u = units.of(s.owner);
        u.surveyFile = fileName(s.file);
        u.surveyed = s.when;
    }
    const QHash<QString, FileOwner> owners = ownersOfFiles(inventory);
    for (const ImportRecord &r : history)
        addImport(units, r, owners);
    for (const Item &it : inventory.items()) {
        if (!it.owner.isEmpty())
            ++units.of(it.owner).itemsNow;
    }
    for (const ReportedGone &g : gone) {
        if (!g.owner.isEmpty())
            ++units.of(g.owner).gone;
    }
    return std::move(units.rows);
}

void ReturnsModel::setUnits(std::vector<UnitReturn> units)
{
    beginResetModel();
    m_units = std::move(units);
    endResetModel();
}

int ReturnsModel::answeredCount() const
{
    int n = 0;
    for (const UnitReturn &u : m_units)
        n += u.status() != UnitReturn::Status::NotAnswered ? 1 : 0;
    return n;
}

QString ReturnsModel::statusName(UnitReturn::Status s)
{
    switch (s) {
    case UnitReturn::Status::NotAnswered: return QStringLiteral("not_answered");
    case UnitReturn::Status::Answered: return QStringLiteral("answered");
    case UnitReturn::Status::Problem: return QStringLiteral("problem");
    }
    return {};
}

QString ReturnsModel::statusText(UnitReturn::Status s)
{
    switch (s) {
    case UnitReturn::Status::NotAnswered: return tr("Not answered");
    case UnitReturn::Status::Answered: return tr("Answered");
    case UnitReturn::Status::Problem: return tr("Has problems");
    }
    return {};
}

void ReturnsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_units.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReturnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int ReturnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReturnsModel::display(const UnitReturn &u, int column) const
{
    const auto day = [](const QDateTime &t) { return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString(); };
    const bool answered = !u.returnFile.isEmpty();
    switch (column) {
    case UnitColumn: return u.owner;
    case SurveyColumn: return u.surveyFile.isEmpty() ? tr("not surveyed") : u.surveyFile;
    case SurveyedColumn: return day(u.surveyed);
    case ReturnColumn: return answered ? u.returnFile : QString();
    case AnsweredColumn: return day(u.answered);
    case KeptColumn: return answered ? QVariant(u.rowsKept) : QVariant();
    case ErrorsColumn: return answered ? QVariant(u.errors) : QVariant();
    case ItemsColumn: return u.itemsNow;
    case GoneColumn: return u.gone;
    case StatusColumn: return statusText(u.status());
    default: return {};
    }
}

QVariant ReturnsModel::sortValue(const UnitReturn &u, int column) const
{
    switch (column) {
    case SurveyedColumn: return u.surveyed;
    case AnsweredColumn: return u.answered;
    case KeptColumn: return u.returnFile.isEmpty() ? -1 : u.rowsKept;
    case ErrorsColumn: return u.returnFile.isEmpty() ? -1 : u.errors;
    case ItemsColumn: return u.itemsNow;
    case GoneColumn: return u.gone;
    case StatusColumn: return int(u.status());
    default: return display(u, column);
    }
}

QVariant ReturnsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const UnitReturn &u = m_units[std::size_t(index.row())];
    const UnitReturn::Status s = u.status();
    switch (role) {
    case Qt::DisplayRole: return display(u, index.column());
    case SortRole: return sortValue(u, index.column());
    case StatusRole: return statusName(s);
    case OwnerRole: return u.owner;
    case Qt::TextAlignmentRole:
        if (index.column() >= KeptColumn && index.column() <= GoneColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return s == UnitReturn::Status::Answered  ? QColor(0x1e, 0x7b, 0x34)
                   : s == UnitReturn::Status::Problem ? QColor(0xb0, 0x20, 0x20)
                                                      : QColor(0x99, 0x66, 0x00);
        if ((index.column() == ErrorsColumn && u.errors > 0) || (index.column() == GoneColumn && u.gone > 0))
            return QColor(0xb0, 0x20, 0x20);
        if (index.column() == SurveyColumn && u.surveyFile.isEmpty())
            return QColor(0x77, 0x77, 0x77);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && u.refused)
            return tr("Nothing of the latest return could be read.");
        if (index.column() == StatusColumn && u.noItems)
            return tr("The unit reported that it has no items.");
        return {};
    default: return {};
    }
}

QVariant ReturnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UnitColumn: return tr("Unit");
    case SurveyColumn: return tr("Survey sheet");
    case SurveyedColumn: return tr("Surveyed on");
    case ReturnColumn: return tr("Latest return");
    case AnsweredColumn: return tr("Answered on");
    case KeptColumn: return tr("Rows kept");
    case ErrorsColumn: return tr("Errors");
    case ItemsColumn: return tr("Items now");
    case GoneColumn: return tr("Reported gone");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace slimplan
