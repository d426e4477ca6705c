#include "models/itemtablemodel.h"

#include "commands/overridecommand.h"
#include "document.h"
#include "actioncolors.h"
#include "place/regionname.h"
#include "policy/rulecatalog.h"
#include "report/overview.h"
#include "util/i18n.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QUndoStack>

namespace slimplan {

ItemTableModel::ItemTableModel(Document &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(&document, &Document::aboutToReplace, this, [this] { beginResetModel(); });
    connect(&document, &Document::inventoryReplaced, this, [this] {
        m_regionNames = RegionNames();
        endResetModel();
    });
    connect(&document, &Document::decisionsChanged, this, &ItemTableModel::onDecisionsChanged);
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document.rowCount();
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QVariant optionalNumber(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}
} // namespace

QString ItemTableModel::statusText(int row) const
{
    if (m_document.isOverridden(row))
        return tr("Overridden");
    if (m_document.isAccepted(row))
        return tr("Accepted");
    return tr("Recommended");
}

const ItemTableModel::RuleTexts &ItemTableModel::ruleTexts(const QString &id) const
{
    const bool zh = isChinese();
    if (zh != m_ruleTextsChinese) {
        m_ruleTexts.clear();
        m_ruleTextsChinese = zh;
    }
    auto it = m_ruleTexts.constFind(id);
    if (it != m_ruleTexts.cend())
        return *it;
    // A code the catalogue does not know (a project from a newer version) shows as it is.
    // The cache stays small: it holds at most the catalogue plus such strays.
    RuleTexts t;
    if (const RuleInfo *r = findRule(id)) {
        t.label = ruleLabel(id, zh);
        t.toolTip = QStringLiteral("<p><b>%1</b> %2<br>%3<br><span style='color:#666'>%4</span></p>")
                        .arg(id.toHtmlEscaped(), r->title(zh).toHtmlEscaped(), r->explanation(zh).toHtmlEscaped(),
                             r->source(zh).toHtmlEscaped());
    } else {
        t.label = id;
        t.toolTip = QStringLiteral("<p><b>%1</b></p>").arg(id.toHtmlEscaped());
    }
    if (m_ruleTexts.size() > 1000)
        m_ruleTexts.clear();
    return *m_ruleTexts.insert(id, t);
}

QString ItemTableModel::rulesText(const QStringList &rules) const
{
    if (rules.size() == 1)
        return ruleTexts(rules.front()).label;
    QString s;
    const QString sep = isChinese() ? QStringLiteral("；") : QStringLiteral("; ");
    for (const QString &id : rules) {
        const QString &label = ruleTexts(id).label;
        if (!s.isEmpty())
            s += sep;
        s += label;
    }
    return s;
}

QString ItemTableModel::rulesToolTip(const QStringList &rules) const
{
    QString s;
    for (const QString &id : rules)
        s += ruleTexts(id).toolTip;
    return s;
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_document.rowCount())
        return {};
    const int row = index.row();
    const Item &it = m_document.inventory().at(row);
    const Plan &plan = m_document.plan();
    const Decision *d = std::size_t(row) < plan.decisions.size() ? &plan.decisions[std::size_t(row)] : nullptr;

    switch (role) {
    case RowRole:
        return row;
    case ActionRole:
        return d ? int(d->action) : int(Action::Keep);
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case IdColumn: return it.id;
        case NameColumn: return it.name;
        case KindColumn: return kindLabel(it.kind);
        case PlatformColumn: return it.platform;
        case OwnerColumn: return it.owner;
        case LevelColumn: return it.level ? levelLabel(*it.level) : QString();
        case RegionColumn: return regionName(it);
        case UsersColumn: return optionalNumber(it.users);
        case ActiveUsersColumn: return optionalNumber(it.activeUsers);
        case LastActiveColumn: return it.lastActive.isValid() ? it.lastActive.toString(Qt::ISODate) : QString();
        case CostColumn: return it.annualCost ? QVariant(*it.annualCost) : QVariant();
        case ActionColumn: return d ? actionLabel(d->action) : QString();
        case TargetColumn: {
            if (!d || d->target.isEmpty())
                return QString();
            const int t = m_document.inventory().indexOf(d->target);
            return t >= 0 ? m_document.inventory().at(t).name : d->target;
        }
        case RulesColumn: return d ? rulesText(d->rules) : QString();
        case StatusColumn: return statusText(row);
        case CompletenessColumn: return QStringLiteral("%1%").arg(qRound(100.0 * completeness(it)));
        case ReasonColumn: return d ? d->reason(isChinese()) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CompletenessColumn)
            return explainConfidence(it, d).text(isChinese());
        if (d && (index.column() == ReasonColumn || index.column() == ActionColumn))
            return d->reason(isChinese());
        if (d && index.column() == RulesColumn && !d->rules.isEmpty())
            return rulesToolTip(d->rules);
        if (index.column() == NameColumn || index.column() == OwnerColumn)
            return index.data(Qt::DisplayRole);
        if (index.column() == RegionColumn && !it.region.isEmpty())
            return QStringLiteral("%1 (%2)").arg(regionName(it), it.region);
        break;
    case Qt::DecorationRole:
        if (index.column() == ActionColumn && d)
            return actionColor(d->action);
        break;
    case Qt::FontRole:
        if (index.column() == StatusColumn && m_document.isOverridden(row)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case UsersColumn:
        case ActiveUsersColumn:
        case CostColumn:
        case CompletenessColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    }
    return {};
}

// The region's name (青溪县) rather than its code; a region without a known name shows its code.
QString ItemTableModel::regionName(const Item &item) const
{
    const QString &name = m_regionNames(item.region, item.owner);
    return name.isEmpty() ? item.region : name;
}

QString ItemTableModel::columnTitle(int column)
{
    switch (column) {
    case IdColumn: return tr("ID");
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case PlatformColumn: return tr("Platform");
    case OwnerColumn: return tr("Owner");
    case LevelColumn: return tr("Level");
    case RegionColumn: return tr("Region");
    case UsersColumn: return tr("Users");
    case ActiveUsersColumn: return tr("Active users");
    case LastActiveColumn: return tr("Last active");
    case CostColumn: return tr("Annual cost (10k CNY)");
    case ActionColumn: return tr("Action");
    case TargetColumn: return tr("Target");
    case RulesColumn: return tr("Rules");
    case StatusColumn: return tr("Decision");
    case CompletenessColumn: return tr("Completeness");
    case ReasonColumn: return tr("Reason");
    }
    return {};
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool ItemTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != DecisionRole || !index.isValid() || !value.canConvert<Override>() || m_document.isLocked())
        return false;
    const Override o = value.value<Override>();
    std::optional<Override> decision;
    if (!o.itemId.isEmpty() || !o.reason.isEmpty())
        decision = o;
    m_document.undoStack()->push(new OverrideCommand(m_document, index.row(), decision));
    return true;
}

Qt::ItemFlags ItemTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index);
}

void ItemTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ItemTableModel::onDecisionsChanged(const QList<int> &rows)
{
    if (rowCount() == 0)
        return;
    if (rows.isEmpty()) {
        emit dataChanged(index(0, ActionColumn), index(rowCount() - 1, ReasonColumn));
        return;
    }
    for (int r : rows)
        emit dataChanged(index(r, ActionColumn), index(r, ReasonColumn));
}

} // namespace slimplan
