#include "import/jsonreader.h"

#include "import/fieldmap.h"
#include "import/normalize.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QStringDecoder>

#include <cmath>

namespace slimplan {

namespace {

// A scalar as the text a spreadsheet cell would hold; false for objects and arrays.
bool scalarText(const QJsonValue &v, QString *out)
{
    switch (v.type()) {
    case QJsonValue::String: *out = v.toString(); return true;
    case QJsonValue::Bool: *out = v.toBool() ? QStringLiteral("true") : QStringLiteral("false"); return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined: out->clear(); return true;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 1e15)
            *out = QString::number(static_cast<qint64>(d));
        else
            *out = QString::number(d, 'g', 15);
        return true;
    }
    case QJsonValue::Array:
    case QJsonValue::Object: break;
    }
    return false;
}

} // namespace

JsonReader::JsonReader(const QString &path, const QString &displayName)
    : m_path(path), m_displayName(displayName)
{
}

std::optional<Kind> JsonReader::kindHint() const
{
    return kindHintFromName(QFileInfo(m_displayName).completeBaseName());
}

bool JsonReader::open(QString *error)
{
    auto refuse = [&](const QString &message) {
        m_error = message;
        if (error)
            *error = message;
        return false;
    };
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return refuse(tr("Cannot open the file: %1").arg(f.errorString()));
    QByteArray data = f.readAll();
    m_size = data.size();
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    } else if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        QStringDecoder dec(data.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                       : QStringConverter::Utf16BE);
        data = QString(dec.decode(data.mid(2))).toUtf8();
    }
    if (data.trimmed().isEmpty())
        return refuse(tr("The file is empty"));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError)
        return refuse(tr("Not valid JSON (%1 at byte %2)").arg(err.errorString()).arg(err.offset));
    if (!doc.isArray()) {
        return refuse(tr("The JSON file holds an object; expected an array of objects "
                         "([{\"name\": …, \"kind\": …, \"owner\": …}, …])"));
    }
    m_array = doc.array();
    // Header: the canonical fields in their usual order, then any other key alphabetically.
    QSet<QString> seen;
    for (const QJsonValue &v : std::as_const(m_array)) {
        if (v.isObject()) {
            const QStringList keys = v.toObject().keys();
            for (const QString &k : keys)
                seen.insert(k);
        }
    }
    for (const QString &field : FieldMap::fieldNames()) {
        if (seen.remove(field))
            m_keys << field;
    }
    QStringList others(seen.cbegin(), seen.cend());
    others.sort();
    m_keys << others;
    return true;
}

qint64 JsonReader::bytesRead() const
{
    if (m_array.isEmpty() || m_next < 0)
        return 0;
    return m_size * std::min<qsizetype>(m_next, m_array.size()) / m_array.size();
}

bool JsonReader::next(RawRow &row)
{
    row.cells.clear();
    row.isDate.clear();
    row.problems.clear();
    if (!m_error.isEmpty())
        return false;
    if (m_next < 0) {
        row.row = 0;
        row.cells = m_keys;
        m_next = 0;
        return true;
    }
    if (m_next >= m_array.size())
        return false;
    const qsizetype index = m_next++;
    row.row = static_cast<int>(index) + 1;
    const QJsonValue element = m_array.at(index);
    if (!element.isObject()) {
        for (int c = 0; c < m_keys.size(); ++c)
            row.cells << QString();
        row.problems.append({-1, tr("Element [%1] is not an object; skipped").arg(index)});
        return true;
    }
    const QJsonObject obj = element.toObject();
    for (int c = 0; c < m_keys.size(); ++c) {
        const QJsonValue v = obj.value(m_keys.at(c));
        QString text;
        if (v.isArray()) {
            QStringList parts;
            bool nested = false;
            for (const QJsonValue &e : v.toArray()) {
                QString part;
                if (scalarText(e, &part))
                    parts << part;
                else
                    nested = true;
            }
            text = parts.join(QLatin1Char('\n')); // a newline separates list items
            if (nested)
                row.problems.append({c, tr("Nested arrays or objects in a list were ignored")});
        } else if (!scalarText(v, &text)) {
            row.problems.append({c, tr("An object where a value was expected; ignored")});
        }
        row.cells << text;
    }
    return true;
}

} // namespace slimplan
