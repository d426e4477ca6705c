#pragma once
// Reads a .json ledger — an array of objects keyed by the canonical field names — as a TableSource:
// the first row is the header (the keys found in any object), then one row per array element.
// Lists may be JSON arrays or strings, numbers numbers or strings. Row numbers are the array index
// + 1, so row 1 is element [0].

#include "import/tablesource.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace slimplan {

class JsonReader : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::JsonReader)
public:
    JsonReader(const QString &path, const QString &displayName);
    // Parses the whole file (JSON cannot be streamed by QJsonDocument). False with a translated
    // *error for unreadable JSON or anything but an array at the top.
    bool open(QString *error);

    QString fileName() const override { return m_displayName; }
    QString sheetName() const override { return {}; }
    std::optional<Kind> kindHint() const override;
    bool next(RawRow &row) override;
    QString errorString() const override { return m_error; }
    qint64 bytesRead() const override;
    qint64 bytesTotal() const override { return m_size; }
    bool headerIsFirstRow() const override { return true; }

private:
    QString m_path;
    QString m_displayName;
    QJsonArray m_array;
    QStringList m_keys;
    qsizetype m_next = -1; // -1: the header comes next
    qint64 m_size = 0;
    QString m_error;
};

} // namespace slimplan
