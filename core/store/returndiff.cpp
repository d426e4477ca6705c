// The per-unit diff of a round of returns against the project (returndiff.h).

#include "store/returndiff.h"

#include "import/normalize.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace slimplan {

namespace {

// Names and platforms compare as units do: retyping 青溪县 教育局 or ＡＰＰ is no change.
QString identityKey(const QString &text)
{
    return unitIdentityKey(text);
}

std::optional<QString> textOf(const QString &s)
{
    return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
}

std::optional<QString> listOf(const QStringList &l)
{
    return l.isEmpty() ? std::nullopt : std::optional<QString>(l.join(QStringLiteral("、")));
}

std::optional<QString> numberOf(const std::optional<qint64> &v)
{
    return v ? std::optional<QString>(QString::number(*v)) : std::nullopt;
}

std::optional<QString> dateOf(const QDate &d)
{
    return d.isValid() ? std::optional<QString>(d.toString(Qt::ISODate)) : std::nullopt;
}

// Members are kept only as salted hashes: what a person can compare is their number, and whether
// the set is another one.
std::optional<QString> membersOf(const std::vector<quint64> &hashes)
{
    return hashes.empty() ? std::nullopt : std::optional<QString>(QString::number(hashes.size()));
}

// The normalised value of one field as text; nullopt when the item leaves it unknown (the return
// did not fill it in). An empty 备案编号 is a value: "not filed", shown as such.
std::optional<QString> valueText(const Item &it, Field f)
{
    switch (f) {
    case Field::Id: return it.id;
    case Field::Name: return textOf(it.name);
    case Field::Kind: return kindName(it.kind);
    case Field::Platform: return textOf(it.platform);
    case Field::Owner: return textOf(it.owner);
    case Field::Level: return it.level ? std::optional<QString>(levelName(*it.level)) : std::nullopt;
    case Field::Region: return textOf(it.region);
    case Field::Functions: return listOf(it.functions);
    case Field::DataItems: return listOf(it.dataItems);
    case Field::Audience:
        return it.audience ? std::optional<QString>(audienceName(*it.audience)) : std::nullopt;
    case Field::Users: return numberOf(it.users);
    case Field::ActiveUsers: return numberOf(it.activeUsers);
    case Field::LastActive: return dateOf(it.lastActive);
    case Field::Posts90d: return numberOf(it.posts90d);
    case Field::AnnualCost:
        return it.annualCost ? std::optional<QString>(QString::number(*it.annualCost, 'g', 12)) : std::nullopt;
    case Field::Launched: return dateOf(it.launched);
    case Field::FilingNo:
        if (it.filingNo && it.filingNo->isEmpty())
            return ReturnDiffText::tr("(not filed)");
        return it.filingNo;
    case Field::Flags: return it.flags == 0 ? std::nullopt : listOf(flagNames(it.flags));
    case Field::Scene: return textOf(it.scene);
    case Field::Members: return membersOf(it.memberHashes);
    case Field::Notes: return textOf(it.notes);
    }
    return std::nullopt;
}

bool sameMembers(const Item &a, const Item &b)
{
    if (a.memberHashes == b.memberHashes)
        return true; // the usual case: same order as last time
    if (a.memberHashes.size() != b.memberHashes.size())
        return false;
    std::vector<quint64> x = a.memberHashes;
    std::vector<quint64> y = b.memberHashes;
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    return x == y;
}

bool sameIdentityText(const QString &a, const QString &b)
{
    return a == b || identityKey(a) == identityKey(b);
}

// Whether the field holds the same value in both, without building texts: the diff of a round
// compares every field of every item, and nearly all of them are equal.
bool sameValue(const Item &a, const Item &b, Field f)
{
    switch (f) {
    case Field::Id: return a.id == b.id;
    case Field::Name: return sameIdentityText(a.name, b.name);
    case Field::Kind: return a.kind == b.kind;
    case Field::Platform: return sameIdentityText(a.platform, b.platform);
    case Field::Owner: return sameIdentityText(a.owner, b.owner);
    case Field::Level: return a.level == b.level;
    case Field::Region: return a.region == b.region;
    case Field::Functions: return a.functions == b.functions;
    case Field::DataItems: return a.dataItems == b.dataItems;
    case Field::Audience: return a.audience == b.audience;
    case Field::Users: return a.users == b.users;
    case Field::ActiveUsers: return a.activeUsers == b.activeUsers;
    case Field::LastActive: return a.lastActive == b.lastActive;
    case Field::Posts90d: return a.posts90d == b.posts90d;
    case Field::AnnualCost: return a.annualCost == b.annualCost || valueText(a, f) == valueText(b, f);
    case Field::Launched: return a.launched == b.launched;
    case Field::FilingNo: return a.filingNo == b.filingNo;
    case Field::Flags: return (a.flags & b.flagsKnown) == (b.flags & b.flagsKnown); // unstated: kept
    case Field::Scene: return a.scene == b.scene;
    case Field::Members: return sameMembers(a, b);
    case Field::Notes: return a.notes == b.notes;
    }
    return true;
}

// The fields the return sets to another value than the project holds.
std::vector<FieldChange> changesOf(const Item &before, const Item &after)
{
    std::vector<FieldChange> out;
    for (int i = 1; i < kFieldCount; ++i) { // 0 = Field::Id: the match itself
        const Field f = static_cast<Field>(i);
        if (sameValue(before, after, f))
            continue;
        const std::optional<QString> now = valueText(after, f);
        if (!now)
            continue; // left empty in the return: not a change
        const QString was = valueText(before, f).value_or(QString());
        QString shown = *now;
        if (f == Field::Members && was == shown)
            shown = ReturnDiffText::tr("%1 (other members)").arg(shown);
        out.push_back({f, FieldMap::fieldName(f), ReturnDiffText::fieldLabel(f), was, shown});
    }
    return out;
}

// Which unit each file of the report stands for, and the units in the order they came back.
struct UnitIndex
{
    QHash<QString, int> byKey;       // identityKey(owner) → index into units
    QHash<QString, int> byOwner;     // owner as written → index into units, -1 = none (a cache)
    QHash<QString, int> fileUnit;    // file → index into units; absent: its rows' owners decide
    std::vector<UnitDiff> units;

    int unitFor(const QString &owner)
    {
        if (const auto cached = byOwner.constFind(owner); cached != byOwner.cend() && cached.value() >= 0)
            return cached.value();
        const QString key = identityKey(owner);
        int index = byKey.value(key, -1);
        if (index < 0) {
            UnitDiff u;
            u.owner = owner;
            units.push_back(std::move(u));
            index = static_cast<int>(units.size()) - 1;
            byKey.insert(key, index);
        }
        byOwner.insert(owner, index);
        return index;
    }
    // The unit of this owner if it returned something, else -1.
    int findUnit(const QString &owner)
    {
        if (const auto cached = byOwner.constFind(owner); cached != byOwner.cend())
            return cached.value();
        const int index = byKey.value(identityKey(owner), -1);
        byOwner.insert(owner, index);
        return index;
    }
    void addFile(int unit, const QString &file)
    {
        QStringList &files = units[static_cast<std::size_t>(unit)].files;
        if (!files.contains(file))
            files.append(file);
    }
};

void indexFiles(const ImportReport &report, UnitIndex &index)
{
    for (const FileImportSummary &f : report.files) {
        if (f.refused || f.unit.isEmpty())
            continue;
        const int u = index.unitFor(f.unit);
        index.fileUnit.insert(f.file, u);
        index.addFile(u, f.file);
        index.units[static_cast<std::size_t>(u)].rowErrors += f.errors;
    }
    // A refused file of a unit that returned other files: its rows may show as gone.
    for (const FileImportSummary &f : report.files) {
        if (!f.refused || f.unit.isEmpty())
            continue;
        if (const int u = index.findUnit(f.unit); u >= 0)
            index.units[static_cast<std::size_t>(u)].rowErrors += f.errors;
    }
}

void classifyIncoming(const Inventory &project, const Inventory &incoming, UnitIndex &index)
{
    for (const Item &it : incoming.items()) {
        int u = index.fileUnit.value(it.sourceFile, -1);
        if (u < 0) {
            u = index.unitFor(it.owner); // a ledger of several units: each row's owner returned it
            if (!it.sourceFile.isEmpty())
                index.addFile(u, it.sourceFile);
        }
        UnitDiff &unit = index.units[static_cast<std::size_t>(u)];
        const int at = project.indexOf(it.id);
        if (at < 0) {
            unit.added.push_back(it.id);
            continue;
        }
        std::vector<FieldChange> fields = changesOf(project.at(at), it);
        if (fields.empty())
            unit.unchanged.push_back(it.id);
        else
            unit.changed.push_back({it.id, it.name, std::move(fields)});
    }
}

} // namespace

ReturnDiff diffReturns(const Inventory &project, const Inventory &incoming, const ImportReport &report)
{
    UnitIndex index;
    indexFiles(report, index);
    classifyIncoming(project, incoming, index);
    // Gone: the project's items of a unit that returned something, listed by no return at all
    // (an item its operator reported in another unit's file is still listed). An item without an
    // owner belongs to no unit that could report it gone.
    for (const Item &it : project.items()) {
        if (it.owner.isEmpty() || incoming.indexOf(it.id) >= 0)
            continue;
        if (const int u = index.findUnit(it.owner); u >= 0)
            index.units[static_cast<std::size_t>(u)].gone.push_back(it.id);
    }
    ReturnDiff diff;
    diff.units = std::move(index.units);
    return diff;
}

const UnitDiff *ReturnDiff::unit(const QString &owner) const
{
    const QString key = identityKey(owner);
    for (const UnitDiff &u : units) {
        if (identityKey(u.owner) == key)
            return &u;
    }
    return nullptr;
}

namespace {
template<typename Count>
int sumOver(const std::vector<UnitDiff> &units, Count count)
{
    int n = 0;
    for (const UnitDiff &u : units)
        n += static_cast<int>(count(u));
    return n;
}
} // namespace

int ReturnDiff::addedCount() const
{
    return sumOver(units, [](const UnitDiff &u) { return u.added.size(); });
}

int ReturnDiff::changedCount() const
{
    return sumOver(units, [](const UnitDiff &u) { return u.changed.size(); });
}

int ReturnDiff::unchangedCount() const
{
    return sumOver(units, [](const UnitDiff &u) { return u.unchanged.size(); });
}

int ReturnDiff::goneCount() const
{
    return sumOver(units, [](const UnitDiff &u) { return u.gone.size(); });
}

QStringList ReturnDiff::goneIds() const
{
    QStringList out;
    for (const UnitDiff &u : units) {
        for (const QString &id : u.gone)
            out.append(id);
    }
    return out;
}

QStringList ReturnDiff::listedIds() const
{
    QStringList out;
    for (const UnitDiff &u : units) {
        for (const QString &id : u.added)
            out.append(id);
        for (const ItemChange &c : u.changed)
            out.append(c.id);
        for (const QString &id : u.unchanged)
            out.append(id);
    }
    return out;
}

QString unitIdentityKey(const QString &owner)
{
    QString t = foldWidth(owner);
    t.removeIf([](QChar c) { return c.isSpace(); });
    return t;
}

std::vector<ReportedGone> reportedGoneOf(const ReturnDiff &diff, const QDateTime &when)
{
    std::vector<ReportedGone> out;
    for (const UnitDiff &u : diff.units) {
        const QString file = u.files.isEmpty() ? QString() : u.files.front();
        for (const QString &id : u.gone)
            out.push_back({id, u.owner, file, when});
    }
    return out;
}

QString ReturnDiffText::fieldLabel(Field f)
{
    switch (f) {
    case Field::Id: return tr("Id");
    case Field::Name: return tr("Name");
    case Field::Kind: return tr("Kind");
    case Field::Platform: return tr("Platform");
    case Field::Owner: return tr("Owner");
    case Field::Level: return tr("Level");
    case Field::Region: return tr("Region");
    case Field::Functions: return tr("Functions");
    case Field::DataItems: return tr("Data items");
    case Field::Audience: return tr("Audience");
    case Field::Users: return tr("Users");
    case Field::ActiveUsers: return tr("Active users");
    case Field::LastActive: return tr("Last active");
    case Field::Posts90d: return tr("Posts in 90 days");
    case Field::AnnualCost: return tr("Annual cost (10k CNY)");
    case Field::Launched: return tr("Launched");
    case Field::FilingNo: return tr("Filing number");
    case Field::Flags: return tr("Flags");
    case Field::Scene: return tr("Scene");
    case Field::Members: return tr("Members");
    case Field::Notes: return tr("Notes");
    }
    return FieldMap::fieldName(f);
}

QString ReturnDiffText::unitLine(const UnitDiff &unit)
{
    const QString owner = unit.owner.isEmpty() ? tr("(unit not named)") : unit.owner;
    return tr("%1: %2 new, %3 changed, %4 unchanged, %5 gone")
        .arg(owner)
        .arg(unit.added.size())
        .arg(unit.changed.size())
        .arg(unit.unchanged.size())
        .arg(unit.gone.size());
}

QString ReturnDiffText::changeLine(const FieldChange &change)
{
    return tr("%1: %2 → %3")
        .arg(change.label, change.before.isEmpty() ? tr("(empty)") : change.before, change.after);
}

} // namespace slimplan
