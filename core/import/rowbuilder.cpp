#include "import/rowbuilder.h"

#include "import/normalize.h"
#include "import/returnshape.h"

#include <QLocale>

#include <algorithm>

namespace slimplan {

namespace {

bool isNotFiledWord(QStringView text)
{
    static const QStringList words = {QStringLiteral("无"),   QStringLiteral("否"),
                                      QStringLiteral("未备案"), QStringLiteral("没有"),
                                      QStringLiteral("未"),   QStringLiteral("尚未备案"),
                                      QStringLiteral("no"),   QStringLiteral("none")};
    return words.contains(foldKey(text));
}

// Footnotes under a table ("填表人：张三", "注：…") are not data rows.
bool isFootnote(QStringView firstCell)
{
    const QString key = foldKey(firstCell);
    for (const char16_t *w : {u"填表人", u"填报人", u"制表人", u"审核人", u"负责人:", u"联系电话",
                              u"联系人:", u"填报日期", u"填表日期", u"制表日期", u"注:", u"说明:",
                              u"备注:", u"填报单位", u"单位名称:", u"报送单位", u"单位负责人",
                              u"分管领导", u"审核:", u"签字", u"(盖章)", u"注1", u"注1:"}) {
        if (key.startsWith(QStringView(w)))
            return true;
    }
    return false;
}

// Owner and name as identity: 青溪县 民政局 and 青溪县民政局 are one unit, ＡＰＰ and APP one name.
QString identityText(const QString &text)
{
    bool plain = true;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSpace() || (u >= 0xFF01 && u <= 0xFF5E) || u == 0x3000) {
            plain = false;
            break;
        }
    }
    if (plain)
        return text;
    QString t = foldWidth(text);
    t.removeIf([](QChar c) { return c.isSpace(); });
    return t;
}

QString quoted(QStringView text)
{
    constexpr int kMax = 60; // a 100 KB cell must not make a 100 KB message
    const QStringView t = trimSpaces(text);
    if (t.size() <= kMax)
        return QStringLiteral("“%1”").arg(t);
    return QStringLiteral("“%1…”").arg(t.left(kMax));
}

// Kinds and levels repeat down a sheet: each spelling is parsed once (for the first 1024 spellings).
template <typename Cache, typename Parse>
auto cachedParse(Cache &cache, QStringView text, Parse parse)
{
    auto it = cache.find(text);
    if (it != cache.end())
        return it->second;
    const auto value = parse(text);
    if (cache.size() < 1024)
        cache.emplace(text.toString(), value);
    return value;
}

} // namespace

RowBuilder::RowBuilder(const FieldMap &map, RowContext ctx, StringPool &pool,
                       const MemberHasher &hasher)
    : m_map(map), m_ctx(std::move(ctx)), m_pool(pool), m_hasher(hasher)
{
    for (const QString &h : m_map.headers())
        m_headerKeys << foldKey(h);
    for (int c = 0; c < m_map.columnCount(); ++c)
        m_columnLabels << m_map.columnLabel(c);
    for (int c = 0; c < m_map.columnCount(); ++c) {
        if (m_map.target(c).type == ColumnTarget::Type::Extra) {
            m_extraColumns << c;
            m_extraLabels << m_pool.intern(m_map.columnLabel(c));
        } else if (m_map.target(c).type == ColumnTarget::Type::FlagColumn) {
            m_flagColumns << c;
        }
    }
}

ImportIssue RowBuilder::issue(ImportIssue::Severity s, int row, int column,
                              const QString &message) const
{
    ImportIssue i;
    i.severity = s;
    i.file = m_ctx.file;
    i.sheet = m_ctx.sheet;
    i.row = row;
    i.column = column < 0 ? QString()
               : column < m_columnLabels.size() ? m_columnLabels.at(column) : m_map.columnLabel(column);
    i.message = message;
    return i;
}

QStringView RowBuilder::cellAt(const RawRow &row, int column) const
{
    if (column < 0 || column >= row.cells.size())
        return {};
    return trimSpaces(row.cells.at(column));
}

QStringView RowBuilder::cell(const RawRow &row, Field f) const
{
    return cellAt(row, m_map.columnOf(f));
}

RowBuilder::Outcome RowBuilder::classify(const RawRow &row) const
{
    int nonEmpty = 0;
    QStringView first;
    QStringView second;
    for (const QString &c : row.cells) {
        if (isBlank(c))
            continue;
        if (nonEmpty == 0)
            first = c;
        else if (nonEmpty == 1)
            second = c;
        ++nonEmpty;
    }
    if (nonEmpty == 0)
        return Outcome::Skipped;
    // The label of a summary row sits in the first or second filled cell (after a 序号 cell).
    for (QStringView c : {first, second}) {
        if (c.isEmpty())
            continue;
        if (isGrandTotalLabel(c))
            return Outcome::End;
        if (isSummaryLabel(c))
            return Outcome::Skipped;
    }
    // A signature line spreads its labels and values over many cells (填报人：| 张三 | 联系电话：|
    // 138…); a footnote word in the first cell with no name below the name header is never data.
    const int nameColumn = m_map.columnOf(Field::Name);
    const bool noName = nameColumn < 0 || nameColumn >= row.cells.size()
                        || isBlank(row.cells.at(nameColumn)) || row.cells.at(nameColumn).data() == first.data();
    if (isFootnote(first) && (nonEmpty <= 3 || noName))
        return Outcome::Skipped;
    if (nonEmpty <= 2 && isNoItemsRow(row))
        return Outcome::NoItems;
    // A header repeated in the data (printed ledgers repeat it on every page).
    const int name = m_map.columnOf(Field::Name);
    if (name >= 0 && name < row.cells.size() && name < m_headerKeys.size()
        && trimSpaces(row.cells.at(name)).size() <= m_headerKeys.at(name).size() + 4
        && foldKey(row.cells.at(name)) == m_headerKeys.at(name)) {
        return Outcome::Skipped;
    }
    return Outcome::Item;
}

std::optional<Kind> RowBuilder::cachedKind(QStringView text)
{
    return cachedParse(m_kindCache, text, parseKind);
}

std::optional<Level> RowBuilder::cachedLevel(QStringView text)
{
    return cachedParse(m_levelCache, text, parseLevel);
}

QString RowBuilder::regionWarning(const QString &region, QStringView written)
{
    auto it = m_regionWarnings.find(QStringView(region));
    if (it != m_regionWarnings.end() && trimSpaces(written) == QStringView(region))
        return it->second;
    const QString message = tr("Region code %1 is not a 6-, 9- or 12-digit division code; "
                               "kept as written")
                                .arg(quoted(written));
    // Only the common case is shared: the code as written is the code as kept.
    if (trimSpaces(written) == QStringView(region) && m_regionWarnings.size() < 100000)
        m_regionWarnings.emplace(region, message);
    return message;
}

QStringList RowBuilder::internList(QStringView text)
{
    const std::vector<QStringView> views = parseListViews(text);
    QStringList out;
    out.reserve(static_cast<qsizetype>(views.size()));
    for (QStringView s : views)
        out << m_pool.intern(s);
    return out;
}

Flags RowBuilder::functionFlags(const QStringList &functions)
{
    Flags flags = 0;
    for (const QString &fn : functions) {
        auto it = m_functionFlags.find(QStringView(fn));
        if (it == m_functionFlags.end()) {
            const Flags f = flagsFromFunctions({fn});
            if (m_functionFlags.size() < 100000)
                m_functionFlags.emplace(fn, f);
            flags |= f;
        } else {
            flags |= it->second;
        }
    }
    return flags;
}

void RowBuilder::readCount(const RawRow &row, Field f, std::optional<qint64> &out,
                           std::vector<ImportIssue> &issues)
{
    const int col = m_map.columnOf(f);
    const QStringView text = cellAt(row, col);
    if (isPlaceholderValue(text))
        return;
    if (quantityUnit(text) == QuantityUnit::Money) {
        issues.push_back(issue(ImportIssue::Severity::Warning, row.row, col,
                               tr("%1 is an amount of money, not a count; left unknown").arg(quoted(text))));
        return;
    }
    const auto v = parseInteger(stripQuantityWords(text));
    if (!v) {
        issues.push_back(issue(ImportIssue::Severity::Warning, row.row, col,
                               tr("Unreadable number %1; left unknown").arg(quoted(text))));
    } else if (*v < 0) {
        issues.push_back(issue(ImportIssue::Severity::Warning, row.row, col,
                               tr("Negative count %1 is out of range; left unknown").arg(*v)));
    } else {
        out = *v;
    }
}

void RowBuilder::readDate(const RawRow &row, Field f, QDate &out, std::vector<ImportIssue> &issues)
{
    const int col = m_map.columnOf(f);
    const QStringView text = cellAt(row, col);
    if (isPlaceholderValue(text))
        return;
    const QDate d = parseDate(text, m_ctx.fromSpreadsheet);
    if (!d.isValid()) {
        issues.push_back(issue(ImportIssue::Severity::Warning, row.row, col,
                               tr("Unreadable date %1 (write it as 2025-03-01); left unknown")
                                   .arg(quoted(text))));
    } else if (d.year() < 1970 || d.year() > 2100) {
        issues.push_back(issue(ImportIssue::Severity::Warning, row.row, col,
                               tr("Date %1 is out of range; left unknown")
                                   .arg(d.toString(Qt::ISODate))));
    } else {
        out = d;
    }
}

RowBuilder::Outcome RowBuilder::build(const RawRow &row, Item &item, std::vector<ImportIssue> &issues)
{
    // A row the reader could not make sense of (a JSON element that is no object) is an error even
    // though its cells are blank.
    const bool readerError = std::any_of(row.problems.cbegin(), row.problems.cend(),
                                         [](const auto &p) { return p.first < 0; });
    const Outcome shape = readerError ? Outcome::Item : classify(row);
    if (shape != Outcome::Item)
        return shape;
    Required req;
    if (readRequired(row, readerError, req, issues) != Outcome::Item)
        return Outcome::Error;
    warnRowShape(row, issues);

    item = Item{};
    item.kind = *req.kind;
    item.name = req.name.toString();
    if (!req.ownerMissing)
        item.owner = m_pool.intern(req.owner);
    item.sourceFile = m_ctx.file;
    item.sourceSheet = m_ctx.sheet;
    item.sourceRow = row.row;

    if (const QStringView p = cell(row, Field::Platform); !isPlaceholderValue(p))
        item.platform = m_pool.intern(p);
    readRegion(row, item, issues);
    resolvePlace(item, issues, row.row);
    readLevel(row, item, issues);

    if (const QStringView f = cell(row, Field::Functions); !isPlaceholderValue(f))
        item.functions = internList(f);
    if (const QStringView d = cell(row, Field::DataItems); !isPlaceholderValue(d))
        item.dataItems = internList(d);
    readAudience(row, item, issues);

    readCount(row, Field::Users, item.users, issues);
    readCount(row, Field::ActiveUsers, item.activeUsers, issues);
    readCount(row, Field::Posts90d, item.posts90d, issues);
    readDate(row, Field::LastActive, item.lastActive, issues);
    readDate(row, Field::Launched, item.launched, issues);
    readCost(row, item, issues);
    readIdentity(row, item);
    readFlags(row, item, issues);

    if (const QStringView s = cell(row, Field::Scene); !isPlaceholderValue(s))
        item.scene = m_pool.intern(s);
    readMembers(row, item, issues);
    if (const QStringView n = cell(row, Field::Notes); !isPlaceholderValue(n))
        item.notes = n.toString();
    for (int i = 0; i < m_extraColumns.size(); ++i) {
        const QStringView v = cellAt(row, m_extraColumns.at(i));
        if (!v.isEmpty())
            item.extra.append({m_extraLabels.at(i), v.toString()});
    }
    return Outcome::Item;
}

// Required values first: a row without them is not imported, and its other cells are not worth
// warnings the user would have to read twice. The warnings about them follow the errors.
RowBuilder::Outcome RowBuilder::readRequired(const RawRow &row, bool readerError, Required &req,
                                             std::vector<ImportIssue> &issues)
{
    const std::size_t firstIssue = issues.size();
    for (const auto &[column, message] : row.problems) {
        if (column < 0)
            issues.push_back(issue(ImportIssue::Severity::Error, row.row, -1, message));
    }
    if (readerError)
        return Outcome::Error;
    req.name = cell(row, Field::Name);
    if (isPlaceholderValue(req.name)) {
        issues.push_back(issue(ImportIssue::Severity::Error, row.row, m_map.columnOf(Field::Name),
                               tr("The name is missing; row not imported")));
    }
    req.owner = cell(row, Field::Owner);
    if (isPlaceholderValue(req.owner) && !m_ctx.unitOwner.isEmpty())
        req.owner = m_ctx.unitOwner;
    req.ownerMissing = isPlaceholderValue(req.owner);
    const std::size_t ownerIssueAt = issues.size(); // the owner's error is listed before the kind's
    std::optional<ImportIssue> kindWarning;
    req.kind = readKind(row, kindWarning, issues);
    // A work group without a named owner is exactly what rule G4 (谁建群谁负责) looks for, so it is
    // imported with the owner left unknown; an app or account without one cannot be planned.
    std::optional<ImportIssue> ownerWarning;
    if (req.ownerMissing) {
        if (req.kind == Kind::Group) {
            ownerWarning = issue(ImportIssue::Severity::Warning, row.row, m_map.columnOf(Field::Owner),
                                 tr("No owner is named; imported so that rule G4 can flag it"));
        } else {
            issues.insert(issues.begin() + static_cast<std::ptrdiff_t>(ownerIssueAt),
                          issue(ImportIssue::Severity::Error, row.row, m_map.columnOf(Field::Owner),
                                tr("The owner is missing; row not imported")));
        }
    }
    if (issues.size() > firstIssue || !req.kind)
        return Outcome::Error;
    if (kindWarning)
        issues.push_back(*kindWarning);
    if (ownerWarning)
        issues.push_back(*ownerWarning);
    return Outcome::Item;
}

// The kind column, else the sheet's kind; an unknown kind the sheet's name settles is a warning
// (returned in *warning, listed after the errors), else an error.
std::optional<Kind> RowBuilder::readKind(const RawRow &row, std::optional<ImportIssue> &warning,
                                         std::vector<ImportIssue> &issues)
{
    std::optional<Kind> kind = m_ctx.kindHint;
    if (!m_map.has(Field::Kind))
        return kind;
    const int col = m_map.columnOf(Field::Kind);
    const QStringView text = cellAt(row, col);
    if (isPlaceholderValue(text)) {
        if (!kind)
            issues.push_back(issue(ImportIssue::Severity::Error, row.row, col,
                                   tr("The kind is missing; row not imported")));
    } else if (auto k = cachedKind(text)) {
        kind = k;
    } else if (kind) {
        warning = issue(ImportIssue::Severity::Warning, row.row, col,
                        tr("Unknown kind %1; taken as %2 from the sheet name")
                            .arg(quoted(text), kindName(*kind)));
    } else {
        issues.push_back(issue(ImportIssue::Severity::Error, row.row, col,
                               tr("Unknown kind %1 (expected app, account or group: 应用程序, "
                                  "公众号, 工作群 …); row not imported")
                                   .arg(quoted(text))));
    }
    return kind;
}

void RowBuilder::warnRowShape(const RawRow &row, std::vector<ImportIssue> &issues) const
{
    for (const auto &[column, message] : row.problems) {
        if (column >= 0)
            issues.push_back(issue(ImportIssue::Severity::Warning, row.row, column, message));
    }
    // A text row with filled cells past the header's last column: usually a separator typed inside
    // an unquoted value (3,200), which moves every later value one column right. Say so once,
    // rather than leaving the user to puzzle over the odd values that follow.
    if (!m_ctx.fromSpreadsheet && row.cells.size() > m_map.columnCount()) {
        const auto extra = std::find_if(row.cells.begin() + m_map.columnCount(), row.cells.end(),
                                        [](const QString &c) { return !trimSpaces(c).isEmpty(); });
        if (extra != row.cells.end())
            issues.push_back(issue(ImportIssue::Severity::Warning, row.row, -1,
                                   tr("This row has %1 cells but the header has %2: is there a comma or "
                                      "separator inside a value without quotes (such as 3,200)? The values "
                                      "after it may be in the wrong columns")
                                       .arg(row.cells.size())
                                       .arg(m_map.columnCount())));
    }
}

void RowBuilder::readRegion(const RawRow &row, Item &item, std::vector<ImportIssue> &issues)
{
    const QStringView r = cell(row, Field::Region);
    if (isPlaceholderValue(r))
        return;
    // １２３ typed in a Chinese IME is 123; most codes have nothing to fold.
    const bool wide = std::any_of(r.begin(), r.end(), [](QChar c) {
        return (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) || c.unicode() == 0x3000;
    });
    item.region = wide ? m_pool.intern(foldWidth(r)) : m_pool.intern(r);
    bool digits = true;
    for (QChar c : std::as_const(item.region))
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (digits && !levelFromRegionCode(item.region)) {
        issues.push_back(issue(ImportIssue::Severity::Warning, row.row, m_map.columnOf(Field::Region),
                               regionWarning(item.region, r)));
    }
}

// A place name in the region column, or no region but an owner: the place service gives the code.
void RowBuilder::resolvePlace(Item &item, std::vector<ImportIssue> &issues, int rowNumber)
{
    if (!m_ctx.places)
        return;
    const bool code = std::all_of(item.region.cbegin(), item.region.cend(),
                                  [](QChar c) { return c >= u'0' && c <= u'9'; });
    PlaceResolver::Answer a;
    int column = -1;
    if (!item.region.isEmpty() && !code) {
        a = m_ctx.places->placeText(item.region);
        column = m_map.columnOf(Field::Region);
    } else if (item.region.isEmpty() && !item.owner.isEmpty()) {
        a = m_ctx.places->owner(item.owner);
        column = m_map.columnOf(Field::Owner);
    }
    if (!a.code.isEmpty())
        item.region = m_pool.intern(a.code);
    if (!a.warning.isEmpty())
        issues.push_back(issue(ImportIssue::Severity::Warning, rowNumber, column, a.warning));
}

// The level column, else the level the region code or the owner's name implies.
void RowBuilder::readLevel(const RawRow &row, Item &item, std::vector<ImportIssue> &issues)
{
    if (const QStringView l = cell(row, Field::Level); !isPlaceholderValue(l)) {
        const std::optional<Level> level = cachedLevel(l);
        if (level) {
            item.level = level;
        } else {
            issues.push_back(issue(ImportIssue::Severity::Warning, row.row, m_map.columnOf(Field::Level),
                                   tr("Unknown level %1 (expected central, province, city, county, "
                                      "township or village); derived from the region or owner instead")
                                       .arg(quoted(l))));
        }
    }
    if (!item.level) {
        if (!item.region.isEmpty())
            item.level = levelFromRegionCode(item.region);
        if (!item.level)
            item.level = levelFromOwner(item.owner);
    }
}

void RowBuilder::readAudience(const RawRow &row, Item &item, std::vector<ImportIssue> &issues) const
{
    const QStringView a = cell(row, Field::Audience);
    if (isPlaceholderValue(a))
        return;
    item.audience = parseAudience(a);
    if (!item.audience) {
        issues.push_back(issue(ImportIssue::Severity::Warning, row.row, m_map.columnOf(Field::Audience),
                               tr("Unknown audience %1 (expected internal, public or enterprise: "
                                  "内部, 公众, 企业); left unknown")
                                   .arg(quoted(a))));
    }
}

void RowBuilder::readCost(const RawRow &row, Item &item, std::vector<ImportIssue> &issues) const
{
    const QStringView c = cell(row, Field::AnnualCost);
    if (isPlaceholderValue(c))
        return;
    const int col = m_map.columnOf(Field::AnnualCost);
    const bool count = quantityUnit(c) == QuantityUnit::Count;
    const auto cost = count ? std::nullopt : parseCostWan(stripQuantityWords(c));
    if (count) {
        issues.push_back(issue(ImportIssue::Severity::Warning, row.row, col,
                               tr("%1 is a count, not an amount in 万元; left unknown").arg(quoted(c))));
    } else if (!cost) {
        issues.push_back(issue(ImportIssue::Severity::Warning, row.row, col,
                               tr("Unreadable amount %1; left unknown").arg(quoted(c))));
    } else if (*cost < 0) {
        issues.push_back(issue(ImportIssue::Severity::Warning, row.row, col,
                               tr("Negative amount %1 is out of range; left unknown").arg(quoted(c))));
    } else {
        item.annualCost = cost;
    }
}

// The 备案编号, then the identity: the id column, else the 备案编号 of a filed item, else kind +
// owner + name + platform with spaces and full-width forms folded, so that a retyped return keeps
// its ids.
void RowBuilder::readIdentity(const RawRow &row, Item &item)
{
    if (m_map.has(Field::FilingNo)) {
        const QStringView f = cell(row, Field::FilingNo);
        item.filingNo = (isPlaceholderValue(f) || isNotFiledWord(f)) ? QString() : f.toString();
    }
    if (const QStringView id = cell(row, Field::Id); !isPlaceholderValue(id)) {
        item.id = id.toString();
        m_idFromColumn = true;
    } else {
        m_idFromColumn = false;
        if (item.filingNo && !item.filingNo->isEmpty())
            item.id = identityText(*item.filingNo);
        else
            item.id = deriveItemId(item.kind, identityText(item.owner), identityText(item.name), item.platform);
    }
}

// The flags cell, the yes/no flag columns, and the flags the function names raise.
void RowBuilder::readFlags(const RawRow &row, Item &item, std::vector<ImportIssue> &issues)
{
    item.flagsKnown = 0;
    if (const QStringView f = cell(row, Field::Flags); !isPlaceholderValue(f)) {
        item.flagsKnown = ~Flags(0); // a flags cell lists all the row has
        QStringList unknown;
        item.flags |= parseFlags(f, &unknown);
        if (!unknown.isEmpty() && parseBool(f) != false) {
            issues.push_back(issue(ImportIssue::Severity::Warning, row.row, m_map.columnOf(Field::Flags),
                                   tr("Unknown flag %1 ignored").arg(quoted(unknown.join(QChar(u'、'))))));
        }
    }
    for (int c : std::as_const(m_flagColumns)) {
        const ColumnTarget &t = m_map.target(c);
        const QStringView v = cellAt(row, c);
        if (isPlaceholderValue(v))
            continue;
        if (auto b = parseBool(v)) {
            item.flagsKnown = withFlag(item.flagsKnown, t.flag);
            if (*b)
                item.flags = withFlag(item.flags, t.flag);
        } else if (hasFlag(parseFlags(v), t.flag)) {
            item.flags = withFlag(item.flags, t.flag); // the flag's own name written in its column
        } else {
            issues.push_back(issue(ImportIssue::Severity::Warning, row.row, c,
                                   tr("Unreadable yes/no value %1 (expected 是/否); flag not set")
                                       .arg(quoted(v))));
        }
    }
    item.flags |= functionFlags(item.functions);
    item.flagsKnown |= item.flags;
}

// The member list (hashed at once), which also counts the users nobody typed; then the check of
// active users against users, which needs that count.
void RowBuilder::readMembers(const RawRow &row, Item &item, std::vector<ImportIssue> &issues) const
{
    if (const QStringView m = cell(row, Field::Members); !isPlaceholderValue(m)) {
        const std::vector<QStringView> members = parseListViews(m);
        item.memberHashes.reserve(members.size());
        for (QStringView id : members)
            item.memberHashes.push_back(m_hasher.hash(id));
        if (!item.users) // the member list is a count nobody typed
            item.users = static_cast<qint64>(members.size());
    }
    if (item.users && item.activeUsers && *item.activeUsers > *item.users) {
        issues.push_back(issue(ImportIssue::Severity::Warning, row.row, m_map.columnOf(Field::ActiveUsers),
                               tr("Active users (%1) exceed users (%2)")
                                   .arg(*item.activeUsers)
                                   .arg(*item.users)));
    }
}

} // namespace slimplan
