// Writing generated ledgers: CSV (UTF-8 with BOM, as Excel saves it) or XLSX through
// XlsxStreamWriter (libxlsxwriter clashes with QuaZip's minizip: see xlsxstreamwriter.h).
// Rows are streamed from the generator, never held.

#include "synth/generator.h"

#include <QCoreApplication>
#include <QFile>

#include "report/xlsxstreamwriter.h"

#include <algorithm>
#include <array>

namespace slimplan {

namespace {

// The ledger's words for kinds and levels, in the enums' order (model/types.h).
const std::array<QString, kKindCount> kKindWords = {QStringLiteral("应用程序"), QStringLiteral("公众账号"),
                                                    QStringLiteral("工作群")};
const std::array<QString, kLevelCount> kLevelWords = {
    QStringLiteral("中央"), QStringLiteral("省级"), QStringLiteral("市级"),
    QStringLiteral("县级"), QStringLiteral("乡镇"), QStringLiteral("村")};

QString kindText(Kind k)
{
    return kKindWords.at(static_cast<std::size_t>(k));
}

QString levelText(const std::optional<Level> &l)
{
    return l ? kLevelWords.at(static_cast<std::size_t>(*l)) : QString();
}

QString number(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QString();
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The row's cells in generatorHeader() order.
QStringList cells(const GeneratedRow &row)
{
    const Item &it = row.item;
    const QString sep = QStringLiteral("、");
    return {it.id,
            it.name,
            kindText(it.kind),
            it.platform,
            it.owner,
            levelText(it.level),
            it.region,
            it.functions.join(sep),
            it.dataItems.join(sep),
            it.audience ? audienceName(*it.audience) : QString(),
            number(it.users),
            number(it.activeUsers),
            date(it.lastActive),
            number(it.posts90d),
            it.annualCost ? QString::number(*it.annualCost, 'f', 1) : QString(),
            date(it.launched),
            it.filingNo.value_or(QString()),
            flagNames(it.flags).join(sep),
            it.scene,
            row.memberIds.join(sep),
            it.notes};
}

void appendCsvCell(QString &line, const QString &cell)
{
    const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
    if (!quote) {
        line += cell;
        return;
    }
    line += QLatin1Char('"');
    line += QString(cell).replace(QLatin1Char('"'), QStringLiteral("\"\""));
    line += QLatin1Char('"');
}

QByteArray csvLine(const QStringList &cells)
{
    QString line;
    line.reserve(256);
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (c)
            line += QLatin1Char(',');
        appendCsvCell(line, cells.at(c));
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

bool cannotWrite(const QFile &file, QString *error)
{
    *error = QCoreApplication::translate("slimplan::Generator", "Cannot write %1: %2")
                 .arg(file.fileName(), file.errorString());
    return false;
}

bool writeCsv(const GeneratorOptions &options, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return cannotWrite(file, error);
    }
    QByteArray buffer("\xEF\xBB\xBF");
    buffer += csvLine(generatorHeader());
    bool ok = true;
    constexpr qsizetype kFlushAt = 4 << 20;
    buffer.reserve(kFlushAt + 65536);
    generateRows(options, [&](const GeneratedRow &row) {
        buffer += csvLine(cells(row));
        if (buffer.size() >= kFlushAt) {
            ok = ok && file.write(buffer) == buffer.size();
            buffer.clear();
        }
    });
    ok = ok && file.write(buffer) == buffer.size();
    if (!ok || !file.flush()) {
        return cannotWrite(file, error);
    }
    return true;
}

bool writeXlsx(const GeneratorOptions &options, const QString &path, QString *error)
{
    XlsxStreamWriter book(path);
    if (!book.open(error))
        return false;
    const QStringList header = generatorHeader();
    if (!book.beginSheet(QStringLiteral("台账"), header, std::vector<double>(header.size(), 14.0)))
        return book.close(error);
    // Numeric columns as numbers, the way an office's Excel file has them.
    static const int numeric[] = {10, 11, 13, 14};
    generateRows(options, [&](const GeneratedRow &row) {
        const QStringList values = cells(row);
        for (int c = 0; c < values.size(); ++c) {
            const QString &v = values.at(c);
            if (v.isEmpty())
                book.skip();
            else if (std::find(std::begin(numeric), std::end(numeric), c) != std::end(numeric))
                book.number(v.toDouble());
            else
                book.text(v);
        }
        book.endRow();
    });
    return book.close(error);
}

} // namespace

QStringList generatorHeader()
{
    return QStringLiteral("编号 名称 类型 平台 主办单位 层级 行政区划代码 主要功能 填报事项 服务对象 用户数 月活 "
                          "最后更新 近90天发文数 年运维费用 上线时间 备案编号 功能标记 应用场景 群成员 备注")
        .split(QLatin1Char(' '));
}

bool writeGeneratedLedger(const GeneratorOptions &options, const QString &path, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return writeXlsx(options, path, &err);
    return writeCsv(options, path, &err);
}

} // namespace slimplan
