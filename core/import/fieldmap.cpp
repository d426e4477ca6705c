#include "import/fieldmap.h"

#include "import/normalize.h"

#include <algorithm>
#include <vector>

namespace slimplan {

namespace {

struct FieldSpec
{
    Field field;
    const char *name;
    // The synonyms of INVENTORY-FORMAT.md first (shown to people), then a few more spellings seen
    // in real ledgers (matched, not advertised).
    std::vector<const char16_t *> synonyms;
    std::vector<const char16_t *> alsoMatched;
};

bool isRowNumberHeader(QStringView header)
{
    const QString key = foldKey(header);
    for (const char16_t *w : {u"序号", u"序", u"行号", u"no.", u"no", u"#"}) {
        if (key == QStringView(w))
            return true;
    }
    return false;
}

const std::array<FieldSpec, kFieldCount> &specs()
{
    static const std::array<FieldSpec, kFieldCount> s = {{
        {Field::Id, "id", {u"编号", u"应用编号", u"账号编号", u"群编号", u"系统编号", u"ID"}, {u"群组编号"}},
        {Field::Name, "name", {u"名称", u"应用名称", u"账号名称", u"群名称", u"群名", u"name"},
         {u"应用程序名称", u"公众号名称", u"公众账号名称", u"群组名称", u"工作群名称", u"账号名"}},
        {Field::Kind, "kind", {u"类型", u"类别", u"对象类型", u"kind", u"type"}, {}},
        {Field::Platform, "platform", {u"平台", u"注册平台", u"载体", u"platform"},
         {u"所属平台", u"运行平台"}},
        {Field::Owner, "owner",
         {u"主办单位", u"主管单位", u"建设单位", u"单位名称", u"建群单位", u"owner", u"department"},
         {u"运营单位", u"责任单位", u"开办单位", u"所属单位", u"管理单位"}},
        {Field::Level, "level", {u"层级", u"行政层级", u"级别", u"level"}, {u"所属层级"}},
        {Field::Region, "region", {u"行政区划代码", u"区划代码", u"地区", u"所属地区", u"region"},
         {u"行政区划", u"所属区划", u"所属乡镇（街道）", u"所属乡镇", u"所属街道"}},
        {Field::Functions, "functions", {u"功能", u"主要功能", u"功能模块", u"涉及领域", u"functions"}, {}},
        {Field::DataItems, "data_items", {u"填报事项", u"数据项", u"报表字段", u"data_items"}, {}},
        {Field::Audience, "audience", {u"服务对象", u"面向对象", u"audience"}, {}},
        {Field::Users, "users",
         {u"用户数", u"注册用户数", u"粉丝量", u"关注数", u"成员数", u"群成员数", u"users", u"followers",
          u"members_count"},
         {u"粉丝数", u"用户量", u"关注人数"}},
        {Field::ActiveUsers, "active_users", {u"月活", u"月活跃用户", u"活跃用户数", u"active_users"},
         {u"月活跃用户数", u"月活数"}},
        {Field::LastActive, "last_active", {u"最后更新", u"最近更新日期", u"最近发布", u"最后活跃", u"last_active"},
         {u"最后更新日期", u"最近更新", u"最后活跃时间", u"最近发布时间", u"最后更新时间"}},
        {Field::Posts90d, "posts_90d", {u"近90天发文数", u"近三月消息数", u"posts_90d"},
         {u"近三个月发文数", u"近90天消息数"}},
        {Field::AnnualCost, "annual_cost", {u"年运维费用", u"年度经费", u"运维费用（万元）", u"annual_cost"},
         {u"运维费用", u"年度运维费用"}},
        {Field::Launched, "launched", {u"上线时间", u"开通时间", u"建群时间", u"launched"},
         {u"上线日期", u"开通日期", u"建群日期"}},
        {Field::FilingNo, "filing_no", {u"备案编号", u"备案号", u"filing_no"}, {}},
        {Field::Flags, "flags", {u"功能标记", u"强制功能", u"flags"}, {}},
        {Field::Scene, "scene", {u"应用场景", u"scene"}, {}},
        {Field::Members, "members", {u"成员", u"群成员", u"members"}, {u"成员名单", u"群成员名单"}},
        {Field::Notes, "notes", {u"备注", u"notes"}, {u"说明"}},
    }};
    return s;
}

const QHash<QString, Field> &headerTable()
{
    static const QHash<QString, Field> table = [] {
        QHash<QString, Field> t;
        for (const FieldSpec &s : specs()) {
            t.insert(foldKey(QString::fromLatin1(s.name)), s.field);
            for (const char16_t *w : s.synonyms)
                t.insert(foldKey(QStringView(w)), s.field);
            for (const char16_t *w : s.alsoMatched)
                t.insert(foldKey(QStringView(w)), s.field);
        }
        return t;
    }();
    return table;
}

// "年运维费用(万元)" → "年运维费用"; "*名称" → "名称". Only used when the header as written matches nothing.
QString stripDecorations(const QString &key)
{
    QString k = key;
    while (k.startsWith(QLatin1Char('*')))
        k.remove(0, 1);
    while (k.endsWith(QLatin1Char('*')))
        k.chop(1);
    if (k.endsWith(QLatin1Char(')'))) {
        const qsizetype open = k.lastIndexOf(QLatin1Char('('));
        if (open > 0)
            k.truncate(open);
    } else if (k.endsWith(QChar(u'】'))) {
        const qsizetype open = k.lastIndexOf(QChar(u'【'));
        if (open > 0)
            k.truncate(open);
    }
    while (k.endsWith(QLatin1Char('*')))
        k.chop(1);
    return k;
}

} // namespace

QString FieldMap::fieldName(Field f)
{
    return QLatin1String(specs()[static_cast<std::size_t>(f)].name);
}

QStringList FieldMap::fieldNames()
{
    QStringList out;
    for (const FieldSpec &s : specs())
        out << QLatin1String(s.name);
    return out;
}

std::optional<Field> FieldMap::fieldFromName(QStringView name)
{
    for (const FieldSpec &s : specs()) {
        if (name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.field;
    }
    return std::nullopt;
}

QStringList FieldMap::synonyms(Field f)
{
    QStringList out;
    for (const char16_t *w : specs()[static_cast<std::size_t>(f)].synonyms)
        out << QString::fromUtf16(w);
    return out;
}

std::optional<Field> FieldMap::matchHeader(QStringView header)
{
    const QString key = foldKey(header);
    if (key.isEmpty())
        return std::nullopt;
    const QHash<QString, Field> &table = headerTable();
    if (auto it = table.constFind(key); it != table.constEnd())
        return *it;
    const QString stripped = stripDecorations(key);
    if (stripped != key && !stripped.isEmpty()) {
        if (auto it = table.constFind(stripped); it != table.constEnd())
            return *it;
    }
    return std::nullopt;
}

std::optional<ColumnTarget> FieldMap::targetFromName(QStringView name)
{
    ColumnTarget t;
    const QStringView n = trimSpaces(name);
    if (n.isEmpty() || n == QLatin1String("-")) {
        t.type = ColumnTarget::Type::Ignored;
        return t;
    }
    if (n == QLatin1String("extra")) {
        t.type = ColumnTarget::Type::Extra;
        return t;
    }
    if (auto f = fieldFromName(n)) {
        t.type = ColumnTarget::Type::Field;
        t.field = *f;
        return t;
    }
    if (auto flag = flagFromName(n)) {
        t.type = ColumnTarget::Type::FlagColumn;
        t.flag = *flag;
        return t;
    }
    return std::nullopt;
}

QString FieldMap::targetName(const ColumnTarget &t)
{
    switch (t.type) {
    case ColumnTarget::Type::Field: return fieldName(t.field);
    case ColumnTarget::Type::FlagColumn: return flagName(t.flag);
    case ColumnTarget::Type::Ignored: return QStringLiteral("-");
    case ColumnTarget::Type::Extra: break;
    }
    return {};
}

int FieldMap::findHeaderRow(const std::vector<RawRow> &rows, int maxRows)
{
    const int n = std::min(static_cast<int>(rows.size()), maxRows);
    for (int i = 0; i < n; ++i) {
        int matches = 0;
        bool name = false;
        for (const QString &cell : rows[static_cast<std::size_t>(i)].cells) {
            if (cell.size() > 40) // a title or a value, not a header
                continue;
            if (auto f = matchHeader(cell)) {
                ++matches;
                name = name || *f == Field::Name;
            }
        }
        if (matches >= 2 && name)
            return i;
    }
    return -1;
}

void FieldMap::setHeader(const QStringList &headers)
{
    m_headers = headers;
    m_targets.assign(static_cast<std::size_t>(headers.size()), ColumnTarget{});
    m_duplicates.clear();
    Flags flagsTaken = 0;
    std::array<bool, kFieldCount> taken{};
    for (int c = 0; c < headers.size(); ++c) {
        ColumnTarget &t = m_targets[static_cast<std::size_t>(c)];
        // 序号 numbers the rows of one sheet from 1: never an id, only a pointer for messages.
        if (isBlank(headers.at(c)) || isRowNumberHeader(headers.at(c))) {
            t.type = ColumnTarget::Type::Ignored;
            continue;
        }
        if (auto f = matchHeader(headers.at(c))) {
            if (taken[static_cast<std::size_t>(*f)]) {
                m_duplicates << c;
                continue;
            }
            taken[static_cast<std::size_t>(*f)] = true;
            t.type = ColumnTarget::Type::Field;
            t.field = *f;
        } else if (auto flag = flagFromHeader(headers.at(c))) {
            if (hasFlag(flagsTaken, *flag)) {
                m_duplicates << c;
                continue;
            }
            flagsTaken = withFlag(flagsTaken, *flag);
            t.type = ColumnTarget::Type::FlagColumn;
            t.flag = *flag;
        }
    }
    rebuildIndex();
}

bool FieldMap::setManualMapping(int column, const QString &name)
{
    auto target = targetFromName(name);
    if (!target || column < 0)
        return false;
    if (column >= columnCount()) {
        m_targets.resize(static_cast<std::size_t>(column) + 1, ColumnTarget{});
        while (m_headers.size() <= column)
            m_headers << QString();
    }
    // One column per field or flag: the column that had it becomes an extra attribute.
    if (target->type != ColumnTarget::Type::Extra && target->type != ColumnTarget::Type::Ignored) {
        for (int c = 0; c < columnCount(); ++c) {
            if (c != column && m_targets[static_cast<std::size_t>(c)] == *target)
                m_targets[static_cast<std::size_t>(c)] = ColumnTarget{};
        }
    }
    m_targets[static_cast<std::size_t>(column)] = *target;
    m_duplicates.removeAll(column);
    rebuildIndex();
    return true;
}

QStringList FieldMap::setManualMappings(const QHash<int, QString> &mapping)
{
    QStringList bad;
    // Apply in column order so that the outcome does not depend on hash order.
    QList<int> columns = mapping.keys();
    std::sort(columns.begin(), columns.end());
    for (int c : columns) {
        if (!setManualMapping(c, mapping.value(c)))
            bad << mapping.value(c);
    }
    return bad;
}

QList<int> FieldMap::extraColumns() const
{
    QList<int> out;
    for (int c = 0; c < columnCount(); ++c) {
        if (m_targets[static_cast<std::size_t>(c)].type == ColumnTarget::Type::Extra)
            out << c;
    }
    return out;
}

QString FieldMap::columnLabel(int column) const
{
    const QString h = column < m_headers.size() ? m_headers.at(column).trimmed() : QString();
    return h.isEmpty() ? tr("column %1").arg(column + 1) : h;
}

void FieldMap::rebuildIndex()
{
    m_columnOf.fill(-1);
    for (int c = 0; c < columnCount(); ++c) {
        const ColumnTarget &t = m_targets[static_cast<std::size_t>(c)];
        if (t.type == ColumnTarget::Type::Field && m_columnOf[static_cast<std::size_t>(t.field)] < 0)
            m_columnOf[static_cast<std::size_t>(t.field)] = c;
    }
}

} // namespace slimplan
