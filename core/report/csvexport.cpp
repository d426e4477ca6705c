#include "report/csvexport.h"

#include "report/planjson.h"
#include "report/reporttext.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSaveFile>

#include <memory>

namespace slimplan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::CsvExport)
};

constexpr qsizetype kFlushAt = 1 << 20;
const QString kListSeparator = QStringLiteral("、");

// Values in the words INVENTORY-FORMAT.md's importer accepts, so the file reads back the same.
QString kindWord(Kind k)
{
    switch (k) {
    case Kind::App: return QStringLiteral("应用程序");
    case Kind::Account: return QStringLiteral("公众账号");
    case Kind::Group: return QStringLiteral("工作群");
    }
    return {};
}

QString levelWord(Level l)
{
    switch (l) {
    case Level::Central: return QStringLiteral("中央");
    case Level::Province: return QStringLiteral("省");
    case Level::City: return QStringLiteral("市");
    case Level::County: return QStringLiteral("县");
    case Level::Township: return QStringLiteral("乡镇");
    case Level::Village: return QStringLiteral("村");
    }
    return {};
}

template <typename T>
QString number(const std::optional<T> &v)
{
    return v ? QString::number(*v) : QString();
}

QString date(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

void appendRow(QString &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += planCsvCell(cells.at(i));
    }
    out += QLatin1String("\r\n");
}

bool flush(QString &buf, QIODevice *out, QString *error)
{
    const QByteArray bytes = buf.toUtf8();
    if (out->write(bytes) != bytes.size()) {
        if (error)
            *error = Tr::tr("Writing the CSV failed: %1").arg(out->errorString());
        return false;
    }
    buf.clear();
    return true;
}
} // namespace

QStringList planCsvHeaders()
{
    return {QStringLiteral("编号"), QStringLiteral("名称"), QStringLiteral("类型"),
            QStringLiteral("平台"), QStringLiteral("主办单位"), QStringLiteral("层级"),
            QStringLiteral("行政区划代码"), QStringLiteral("主要功能"), QStringLiteral("填报事项"),
            QStringLiteral("服务对象"), QStringLiteral("用户数"), QStringLiteral("月活"),
            QStringLiteral("最后更新"), QStringLiteral("近90天发文数"), QStringLiteral("年运维费用"),
            QStringLiteral("上线时间"), QStringLiteral("备案编号"), QStringLiteral("功能标记"),
            QStringLiteral("应用场景"), QStringLiteral("备注"), QStringLiteral("建议处置"),
            QStringLiteral("目标"), QStringLiteral("依据条款"), QStringLiteral("理由")};
}

QString planCsvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar c = cell.at(0);
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            cell.prepend(QLatin1Char('\''));
    }
    const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
                       || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
                       || cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '));
    if (!quote)
        return cell;
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

bool writePlanCsv(const Inventory &inventory, const Plan &plan, bool chinese, QIODevice *out,
                  Progress *progress, QString *error)
{
    if (!planFitsInventory(inventory, plan, error))
        return false;
    const auto &items = inventory.items();
    if (out->write("\xEF\xBB\xBF", 3) != 3) {
        if (error)
            *error = Tr::tr("Writing the CSV failed: %1").arg(out->errorString());
        return false;
    }
    const ReportText text(chinese);
    QString buf;
    appendRow(buf, planCsvHeaders());
    if (progress)
        progress->beginStage(Tr::tr("Writing CSV"), static_cast<qint64>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item &it = items[i];
        const Decision &d = plan.decisions[i];
        const QString reason = d.reasonOrOther(chinese);
        appendRow(buf, {it.id, it.name, kindWord(it.kind), it.platform, it.owner,
                        it.level ? levelWord(*it.level) : QString(), it.region,
                        it.functions.join(kListSeparator), it.dataItems.join(kListSeparator),
                        it.audience ? audienceName(*it.audience) : QString(), number(it.users),
                        number(it.activeUsers), date(it.lastActive), number(it.posts90d),
                        it.annualCost ? QString::number(*it.annualCost, 'g', QLocale::FloatingPointShortest)
                                      : QString(),
                        date(it.launched), it.filingNo.value_or(QString()),
                        flagNames(it.flags).join(kListSeparator), it.scene, it.notes,
                        text.action(d.action), d.target, d.rules.join(kListSeparator), reason});
        if (buf.size() >= kFlushAt
            && (!flush(buf, out, error) || !continueExport(progress, static_cast<qint64>(i), error)))
            return false;
    }
    if (progress)
        progress->advance(static_cast<qint64>(items.size()));
    return flush(buf, out, error);
}

bool writePlanCsv(const Inventory &inventory, const Plan &plan, bool chinese, const QString &path,
                  Progress *progress, QString *error)
{
    if (path == QLatin1String("-")) {
        QFile f;
        if (!f.open(stdout, QIODevice::WriteOnly)) {
            if (error)
                *error = f.errorString();
            return false;
        }
        return writePlanCsv(inventory, plan, chinese, &f, progress, error);
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    if (!writePlanCsv(inventory, plan, chinese, &f, progress, error))
        return false;
    if (!f.commit()) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace slimplan
