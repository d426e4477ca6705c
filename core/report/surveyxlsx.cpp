#include "report/surveyxlsx.h"

#include "report/unitfilename.h"

#include "report/overview.h"
#include "report/reporttext.h"
#include "report/surveyxlsxbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <array>

namespace slimplan {

namespace {
using St = SurveyXlsxBook::Style;

// The ledger columns of the sheet, by their place. Headers are the importer's canonical Chinese
// names (core/import/fieldmap.cpp); tests/survey reads every sheet back to prove it.
enum Column : int {
    RowNo, Name, KindCol, Platform, Owner, LevelCol, Region, Functions, DataItems, AudienceCol, Users,
    ActiveUsers, LastActive, Posts90d, AnnualCost, Launched, FilingNo, Scene, kLedgerColumns
};
constexpr int kFirstFlag = kLedgerColumns;
constexpr int kKeepColumn = kFirstFlag + kFlagCount;
constexpr int kNotesColumn = kKeepColumn + 1;
constexpr int kFirstExtra = kNotesColumn + 1;

struct ColumnSpec
{
    const char *header;
    double width;
    const char *meaning; // for the instructions sheet
};

const std::array<ColumnSpec, kLedgerColumns> &ledgerColumns()
{
    static const std::array<ColumnSpec, kLedgerColumns> c = {{
        {"序号", 6, "行号，仅用于核对，可不填。"},
        {"名称", 26, "应用程序、公众账号或工作群组的名称（必填）。"},
        {"类型", 11, "下拉选择：应用程序、公众账号、工作群组（必填）。"},
        {"平台", 12, "运行或注册的平台，如 安卓/iOS、微信公众号、微博、抖音、钉钉、政务微信。"},
        {"主办单位", 24, "主办或建设单位全称；不填则为本表的填报单位。"},
        {"层级", 8, "下拉选择：中央、省级、市级、县级、乡镇、村。"},
        {"行政区划代码", 13, "6、9 或 12 位行政区划代码，也可填地名。"},
        {"主要功能", 30, "主要功能，多个用顿号“、”分隔。"},
        {"填报事项", 24, "要求基层填报的数据项，多个用顿号“、”分隔。"},
        {"服务对象", 10, "下拉选择：内部、公众、企业。"},
        {"用户数", 10, "注册用户数、粉丝数或群成员数，填数字（可写 1.2万）。"},
        {"月活", 10, "月活跃用户数，填数字。"},
        {"最后更新", 12, "最后一次更新、发布或活跃的日期，如 2025-03-01。"},
        {"近90天发文数", 11, "近 90 天发布的文章或消息条数，填数字。"},
        {"年运维费用（万元）", 12, "每年运维费用，单位万元，填数字。"},
        {"上线时间", 12, "上线、开通或建群的日期，如 2021-06-18。"},
        {"备案编号", 18, "备案编号；未备案填“未备案”。"},
        {"应用场景", 10, "安保、应急等特殊场景，没有可不填。"},
    }};
    return c;
}

// 层级 as the importer reads it back (村, not 村（社区）).
QString ledgerLevel(Level l)
{
    static const char *const names[] = {"中央", "省级", "市级", "县级", "乡镇", "村"};
    return QString::fromUtf8(names[static_cast<int>(l)]);
}

QString utf8(const char *s) { return QString::fromUtf8(s); }
const QString &yes()
{
    static const QString s = QStringLiteral("是");
    return s;
}

// The extra columns of a unit's items (unknown headers of their ledgers), in first-seen order,
// without those the sheet has anyway.
QStringList extraHeaders(const Inventory &inventory, const SurveyUnit &unit, const QSet<QString> &own)
{
    QStringList out;
    QSet<QString> seen = own;
    for (int row : unit.rows) {
        for (const auto &[header, value] : inventory.at(row).extra) {
            if (!header.trimmed().isEmpty() && !seen.contains(header)) {
                seen.insert(header);
                out << header;
            }
        }
    }
    return out;
}

QString extraValue(const Item &item, const QString &header)
{
    for (const auto &[h, v] : item.extra) {
        if (h == header)
            return v;
    }
    return QString();
}

// The ledger column a missing field (missingFields' names) asks for.
int columnOfMissing(const QString &field)
{
    static const QHash<QString, int> columns = {
        {QStringLiteral("owner"), Owner},           {QStringLiteral("level"), LevelCol},
        {QStringLiteral("functions"), Functions},   {QStringLiteral("last_active"), LastActive},
        {QStringLiteral("posts_90d"), Posts90d},    {QStringLiteral("active_users"), ActiveUsers},
    };
    return columns.value(field, -1);
}

// The layout of one unit's 核查表 and the rows it fills.
struct SurveySheet
{
    SurveyXlsxBook &book;
    const Inventory &inventory;
    const SurveyUnit &unit;
    const SurveyOptions &options;
    QStringList extras;
    int idColumn = 0;
    int headerRow = 3;
    const ReportText zh{true};

    int firstDataRow() const { return headerRow + 1; }
    int lastRow() const { return firstDataRow() + static_cast<int>(unit.rows.size()) + std::max(0, options.blankRows) - 1; }

    void head();
    void itemRow(int r, int number, const Item &item);
    void blankRow(int r);
    void validations();
    St styleOf(int col, bool missing) const;
    void optNumber(int r, int col, const std::optional<double> &v, bool missing);
};

St SurveySheet::styleOf(int col, bool missing) const
{
    switch (col) {
    case RowNo: case Users: case ActiveUsers: case Posts90d: case AnnualCost:
        return missing ? St::MissingNumber : St::CellNumber;
    case LastActive: case Launched:
        return missing ? St::MissingDate : St::CellDate;
    default:
        return missing ? St::Missing : St::Cell;
    }
}

void SurveySheet::head()
{
    const QStringList header = SurveyXlsx::header(unit, inventory);
    const int visibleLast = idColumn - 1;
    const QString title = options.regionName.trimmed() + QStringLiteral("政务移动互联网应用程序核查表");
    book.text(0, 0, title, St::Title);
    book.merge(0, 0, 0, visibleLast);
    book.setRowHeight(0, 30);
    book.text(1, 0, QStringLiteral("填报单位：") + unit.owner, St::Bold);
    book.merge(1, 0, 1, Region);
    book.text(1, Functions, QStringLiteral("联系人："), St::Bold);
    book.text(1, AudienceCol, QStringLiteral("联系电话："), St::Bold);
    book.text(1, LastActive, QStringLiteral("填报日期："), St::Bold);
    book.text(2, 0, QStringLiteral("请逐行核对本单位的应用程序、公众账号和工作群组：有误的直接修改；黄色单元格为缺少的信息，"
                                   "请补充；新增的填在下方空行；已关停、注销的在“是否保留”选“否”，不要删除行。详见“填写说明”。"),
              St::Hint);
    book.merge(2, 0, 2, visibleLast);
    book.setRowHeight(2, 30);
    for (int c = 0; c < header.size(); ++c)
        book.text(headerRow, c, header.at(c), St::Header);
    book.setRowHeight(headerRow, 30);
    for (int c = 0; c < kLedgerColumns; ++c)
        book.setColumn(c, ledgerColumns()[static_cast<std::size_t>(c)].width);
    for (int c = kFirstFlag; c < kKeepColumn; ++c)
        book.setColumn(c, 7);
    book.setColumn(kKeepColumn, 8);
    book.setColumn(kNotesColumn, 24);
    for (int c = kFirstExtra; c < idColumn; ++c)
        book.setColumn(c, 14);
    book.setColumn(idColumn, 22, /*hidden=*/true);
    book.freeze(firstDataRow(), Name + 1);
}

void SurveySheet::optNumber(int r, int col, const std::optional<double> &v, bool missing)
{
    if (v)
        book.number(r, col, *v, styleOf(col, missing));
    else
        book.blank(r, col, styleOf(col, missing));
}

std::optional<double> asDouble(const std::optional<qint64> &v)
{
    return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt;
}

void SurveySheet::itemRow(int r, int number, const Item &item)
{
    std::array<bool, kLedgerColumns> missing{};
    for (const QString &field : missingFields(item)) {
        if (const int c = columnOfMissing(field); c >= 0) {
            missing[static_cast<std::size_t>(c)] = true;
            book.comment(r, c, QStringLiteral("请补充"));
        }
    }
    const auto text = [&](int col, const QString &value) {
        book.text(r, col, value, styleOf(col, missing[static_cast<std::size_t>(col)]));
    };
    const QString sep = QStringLiteral("、");
    book.number(r, RowNo, number, St::CellNumber);
    text(Name, item.name);
    text(KindCol, zh.kind(item.kind));
    text(Platform, item.platform);
    text(Owner, item.owner);
    text(LevelCol, item.level ? ledgerLevel(*item.level) : QString());
    text(Region, item.region);
    text(Functions, item.functions.join(sep));
    text(DataItems, item.dataItems.join(sep));
    text(AudienceCol, item.audience ? zh.audience(*item.audience) : QString());
    optNumber(r, Users, asDouble(item.users), false);
    optNumber(r, ActiveUsers, asDouble(item.activeUsers), missing[ActiveUsers]);
    book.date(r, LastActive, item.lastActive, styleOf(LastActive, missing[LastActive]));
    optNumber(r, Posts90d, asDouble(item.posts90d), missing[Posts90d]);
    optNumber(r, AnnualCost, item.annualCost, false);
    book.date(r, Launched, item.launched, styleOf(Launched, false));
    text(FilingNo, !item.filingNo ? QString() : item.filingNo->isEmpty() ? QStringLiteral("未备案") : *item.filingNo);
    text(Scene, item.scene);
    for (int f = 0; f < kFlagCount; ++f)
        book.text(r, kFirstFlag + f, item.has(flagAt(f)) ? yes() : QString(), St::Cell);
    book.text(r, kKeepColumn, extraValue(item, SurveyXlsx::keepHeader()), St::Cell);
    book.text(r, kNotesColumn, item.notes, St::Cell);
    for (int e = 0; e < extras.size(); ++e)
        book.text(r, kFirstExtra + e, extraValue(item, extras.at(e)), St::Cell);
    book.text(r, idColumn, item.id, St::Cell);
}

void SurveySheet::blankRow(int r)
{
    for (int c = 0; c <= idColumn; ++c)
        book.blank(r, c, c < kLedgerColumns ? styleOf(c, false) : St::Cell);
}

void SurveySheet::validations()
{
    const int first = firstDataRow();
    const int last = lastRow();
    QStringList kinds, levels;
    for (int k = 0; k < kKindCount; ++k)
        kinds << zh.kind(static_cast<Kind>(k));
    for (int l = 0; l < kLevelCount; ++l)
        levels << ledgerLevel(static_cast<Level>(l));
    book.listValidation(KindCol, first, last, kinds);
    book.listValidation(LevelCol, first, last, levels);
    book.listValidation(AudienceCol, first, last,
                        {zh.audience(Audience::Internal), zh.audience(Audience::Public), zh.audience(Audience::Enterprise)});
    const QStringList yesNo = {yes(), QStringLiteral("否")};
    for (int c = kFirstFlag; c <= kKeepColumn; ++c)
        book.listValidation(c, first, last, yesNo);
}

// The instructions sheet: what to do, then each column with its meaning. Its rows never look like
// a ledger header (one column name per row), so the importer skips the sheet.
void instructionsSheet(SurveyXlsxBook &book, const QStringList &header, int extraCount)
{
    book.addSheet(QStringLiteral("填写说明"));
    book.setColumn(0, 20);
    book.setColumn(1, 70);
    book.text(0, 0, QStringLiteral("核查表填写说明"), St::Title);
    book.merge(0, 0, 0, 1);
    book.setRowHeight(0, 30);
    const char *const steps[] = {
        "一、本表已按现有台账预先填写本单位的应用程序、公众账号和工作群组，请逐行核对，有误的直接在单元格中修改。",
        "二、黄色底色并带“请补充”批注的单元格是台账中缺少、影响核查结论的信息（如最后更新日期、月活、主要功能），请尽量补充。",
        "三、本单位有而表中没有的，请在表格下方的空行中逐行填写，“编号”列留空；空行不够可以继续往下填写。",
        "四、已关停、注销或不再使用的，请在“是否保留”列选择“否”，并在“备注”中说明情况和时间，不要删除该行。"
        "删除的行不会从台账中删掉，而是记为“单位报告已不存在”，由主管部门逐一核实。",
        "五、最后一列“编号”（已隐藏）是系统用来对应原台账的识别码，请勿修改、删除或在行间复制；新增行不填。",
        "六、请勿修改、合并或删除表头和列；日期填写如 2025-03-01；数字列只填数字，单位以表头为准（费用为万元）。",
        "七、本单位没有任何政务移动互联网应用程序、公众账号和工作群组的，请在第一行“名称”处填写“本单位无政务移动互联网应用程序”。",
        "八、“打卡签到”至“临时群”各列为是否具有该功能或要求，下拉选择“是”或“否”。",
    };
    int r = 1;
    for (const char *step : steps) {
        book.text(r, 0, utf8(step), St::Wrap);
        book.merge(r, 0, r, 1);
        book.setRowHeight(r, 36);
        ++r;
    }
    ++r;
    book.text(r, 0, QStringLiteral("列"), St::Header);
    book.text(r, 1, QStringLiteral("含义与填写要求"), St::Header);
    ++r;
    const auto line = [&](const QString &column, const QString &meaning) {
        book.text(r, 0, column, St::Cell);
        book.text(r, 1, meaning, St::Wrap);
        ++r;
    };
    for (const ColumnSpec &c : ledgerColumns())
        line(utf8(c.header), utf8(c.meaning));
    line(QStringLiteral("打卡签到 … 临时群"), QStringLiteral("是否具有该功能或要求：下拉选择是、否。"));
    line(SurveyXlsx::keepHeader(), QStringLiteral("本单位是否保留：下拉选择是、否；选“否”的请在备注中说明。"));
    line(QStringLiteral("备注"), QStringLiteral("其他需要说明的情况。"));
    if (extraCount > 0)
        line(QStringLiteral("（其他列）"), QStringLiteral("原台账中的其他信息，请核对。"));
    line(header.constLast(), QStringLiteral("系统识别码（隐藏列），请勿修改或删除；新增行不填。"));
}

} // namespace

QString SurveyXlsx::keepHeader() { return QStringLiteral("是否保留"); }

QStringList SurveyXlsx::header(const SurveyUnit &unit, const Inventory &inventory)
{
    QStringList h;
    for (const ColumnSpec &c : ledgerColumns())
        h << utf8(c.header);
    const ReportText zh(true);
    for (int f = 0; f < kFlagCount; ++f)
        h << zh.flag(flagAt(f));
    h << keepHeader() << QStringLiteral("备注");
    const QSet<QString> own(h.cbegin(), h.cend());
    h << extraHeaders(inventory, unit, own + QSet<QString>{QStringLiteral("编号")});
    h << QStringLiteral("编号");
    return h;
}

std::vector<SurveyUnit> SurveyXlsx::units(const Inventory &inventory, int *unowned)
{
    std::vector<SurveyUnit> out;
    QHash<QString, std::size_t> index;
    int none = 0;
    for (int i = 0; i < inventory.size(); ++i) {
        const QString owner = inventory.at(i).owner.trimmed();
        if (ownerUnknown(owner)) {
            ++none;
            continue;
        }
        auto it = index.constFind(owner);
        if (it == index.constEnd()) {
            it = index.insert(owner, out.size());
            out.push_back(SurveyUnit{owner, {}});
        }
        out[*it].rows.push_back(i);
    }
    if (unowned)
        *unowned = none;
    return out;
}

QString SurveyXlsx::fileName(int number, int count, const QString &owner)
{
    return unitFileName(number, count, 10, owner, QStringLiteral("核查表.xlsx"));
}

bool SurveyXlsx::write(const Inventory &inventory, const SurveyUnit &unit, const SurveyOptions &options,
                       const QString &path, QString *error)
{
    SurveyXlsxBook book;
    book.addSheet(QStringLiteral("核查表"));
    SurveySheet sheet{book, inventory, unit, options, {}};
    const QStringList header = SurveyXlsx::header(unit, inventory);
    sheet.extras = header.mid(kFirstExtra, header.size() - kFirstExtra - 1);
    sheet.idColumn = static_cast<int>(header.size()) - 1;
    sheet.head();
    int r = sheet.firstDataRow();
    for (std::size_t i = 0; i < unit.rows.size(); ++i, ++r)
        sheet.itemRow(r, static_cast<int>(i) + 1, inventory.at(unit.rows[i]));
    for (; r <= sheet.lastRow(); ++r)
        sheet.blankRow(r);
    sheet.validations();
    instructionsSheet(book, header, static_cast<int>(sheet.extras.size()));
    return book.save(path, error);
}

SurveyBatch SurveyXlsx::writeAll(const Inventory &inventory, const SurveyOptions &options, const QString &folder,
                                 Progress *progress)
{
    SurveyBatch batch;
    const std::vector<SurveyUnit> all = units(inventory, &batch.unownedItems);
    if (!QDir().mkpath(folder)) {
        batch.error = tr("%1: cannot create the folder").arg(folder);
        return batch;
    }
    if (progress)
        progress->beginStage(tr("Writing survey sheets"), static_cast<qint64>(all.size()));
    const int count = static_cast<int>(all.size());
    for (int i = 0; i < count; ++i) {
        if (progress && progress->isCanceled()) {
            batch.canceled = true;
            for (const SurveyRecord &s : batch.written)
                QFile::remove(QDir(folder).filePath(s.file));
            batch.written.clear();
            break;
        }
        const SurveyUnit &unit = all[static_cast<std::size_t>(i)];
        const QString name = fileName(i + 1, count, unit.owner);
        QString error;
        if (!write(inventory, unit, options, QDir(folder).filePath(name), &error)) {
            batch.error = error;
            break;
        }
        batch.written.push_back(SurveyRecord{unit.owner, name, static_cast<int>(unit.rows.size()),
                                             QDateTime::currentDateTimeUtc()});
        if (progress)
            progress->advance(i + 1);
    }
    return batch;
}

} // namespace slimplan
