#include "store/importreportjson.h"

#include <QJsonArray>

#include <algorithm>

namespace slimplan::importreportjson {

QJsonObject toJson(const ImportReport &r, int maxIssues, int *dropped)
{
    QJsonArray issues;
    int n = 0;
    for (const ImportIssue &i : r.issues) {
        if (n++ >= maxIssues)
            break;
        issues.append(QJsonObject{
            {QStringLiteral("severity"), i.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("file"), i.file},
            {QStringLiteral("sheet"), i.sheet},
            {QStringLiteral("row"), i.row},
            {QStringLiteral("column"), i.column},
            {QStringLiteral("message"), i.message}});
    }
    *dropped = std::max(0, static_cast<int>(r.issues.size()) - maxIssues);
    return QJsonObject{{QStringLiteral("rows_read"), r.rowsRead},
                       {QStringLiteral("rows_imported"), r.rowsImported},
                       {QStringLiteral("files_refused"), r.filesRefused},
                       {QStringLiteral("unknown_columns"), QJsonArray::fromStringList(r.unknownColumns)},
                       {QStringLiteral("issues"), issues},
                       {QStringLiteral("issues_dropped"), *dropped}};
}

ImportReport fromJson(const QJsonObject &o, int *dropped)
{
    ImportReport r;
    r.rowsRead = o.value(QStringLiteral("rows_read")).toInt();
    r.rowsImported = o.value(QStringLiteral("rows_imported")).toInt();
    r.filesRefused = o.value(QStringLiteral("files_refused")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("unknown_columns")).toArray())
        r.unknownColumns << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("issues")).toArray()) {
        const QJsonObject io = v.toObject();
        ImportIssue i;
        i.severity = io.value(QStringLiteral("severity")).toString() == QLatin1String("warning")
                         ? ImportIssue::Severity::Warning
                         : ImportIssue::Severity::Error;
        i.file = io.value(QStringLiteral("file")).toString();
        i.sheet = io.value(QStringLiteral("sheet")).toString();
        i.row = io.value(QStringLiteral("row")).toInt();
        i.column = io.value(QStringLiteral("column")).toString();
        i.message = io.value(QStringLiteral("message")).toString();
        r.issues.push_back(std::move(i));
    }
    *dropped = o.value(QStringLiteral("issues_dropped")).toInt();
    return r;
}

} // namespace slimplan::importreportjson
