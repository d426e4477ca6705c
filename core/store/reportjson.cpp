#include "store/reportjson.h"

#include "util/jsontext.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>

namespace slimplan::reportjson {

QByteArray encode(const ImportReport &r, int maxIssues, int *dropped)
{
    const std::size_t kept = std::min(r.issues.size(), static_cast<std::size_t>(std::max(0, maxIssues)));
    *dropped = static_cast<int>(r.issues.size() - kept);
    QByteArray out;
    out.reserve(static_cast<qsizetype>(256 + kept * 160));
    out += "{\"files\":[";
    for (std::size_t n = 0; n < r.files.size(); ++n) {
        const FileImportSummary &f = r.files[n];
        out += n ? ",{\"errors\":" : "{\"errors\":";
        out += QByteArray::number(f.errors);
        out += ",\"file\":";
        jsontext::appendString(out, f.file);
        out += f.noItemsReported ? ",\"no_items_reported\":true" : ",\"no_items_reported\":false";
        out += f.refused ? ",\"refused\":true,\"rows_folded\":" : ",\"refused\":false,\"rows_folded\":";
        out += QByteArray::number(f.rowsFolded);
        out += ",\"rows_kept\":";
        out += QByteArray::number(f.rowsKept);
        out += ",\"rows_read\":";
        out += QByteArray::number(f.rowsRead);
        out += ",\"unit\":";
        jsontext::appendString(out, f.unit);
        out += ",\"warnings\":";
        out += QByteArray::number(f.warnings);
        out += '}';
    }
    out += "],\"files_refused\":";
    out += QByteArray::number(r.filesRefused);
    out += ",\"issues\":[";
    for (std::size_t n = 0; n < kept; ++n) {
        const ImportIssue &i = r.issues[n];
        out += n ? ",{\"column\":" : "{\"column\":";
        jsontext::appendString(out, i.column);
        out += ",\"file\":";
        jsontext::appendString(out, i.file);
        out += ",\"message\":";
        jsontext::appendString(out, i.message);
        out += ",\"row\":";
        out += QByteArray::number(i.row);
        out += i.isError() ? ",\"severity\":\"error\",\"sheet\":" : ",\"severity\":\"warning\",\"sheet\":";
        jsontext::appendString(out, i.sheet);
        out += '}';
    }
    out += "],\"issues_dropped\":";
    out += QByteArray::number(*dropped);
    out += ",\"rows_folded\":";
    out += QByteArray::number(r.rowsFolded);
    out += ",\"rows_imported\":";
    out += QByteArray::number(r.rowsImported);
    out += ",\"rows_read\":";
    out += QByteArray::number(r.rowsRead);
    out += ",\"unknown_columns\":";
    jsontext::appendStringArray(out, r.unknownColumns);
    out += '}';
    return out;
}

ImportReport decode(const QJsonObject &o, int *dropped)
{
    ImportReport r;
    r.rowsRead = o.value(QStringLiteral("rows_read")).toInt();
    r.rowsImported = o.value(QStringLiteral("rows_imported")).toInt();
    r.rowsFolded = o.value(QStringLiteral("rows_folded")).toInt();
    r.filesRefused = o.value(QStringLiteral("files_refused")).toInt();
    // Histories written before the per-file summaries have no "files": an empty list.
    for (const QJsonValue &v : o.value(QStringLiteral("files")).toArray()) {
        const QJsonObject fo = v.toObject();
        FileImportSummary f;
        f.file = fo.value(QStringLiteral("file")).toString();
        f.unit = fo.value(QStringLiteral("unit")).toString();
        f.rowsRead = fo.value(QStringLiteral("rows_read")).toInt();
        f.rowsKept = fo.value(QStringLiteral("rows_kept")).toInt();
        f.rowsFolded = fo.value(QStringLiteral("rows_folded")).toInt();
        f.errors = fo.value(QStringLiteral("errors")).toInt();
        f.warnings = fo.value(QStringLiteral("warnings")).toInt();
        f.refused = fo.value(QStringLiteral("refused")).toBool();
        f.noItemsReported = fo.value(QStringLiteral("no_items_reported")).toBool();
        r.files.push_back(std::move(f));
    }
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

} // namespace slimplan::reportjson
