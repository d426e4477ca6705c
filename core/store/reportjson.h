#pragma once
// The import report as the history keeps it: a JSON object written by hand (a QJsonObject per
// issue costs more than the import of its row) and read back with QJsonDocument.

#include "import/importreport.h"

#include <QByteArray>
#include <QJsonObject>

namespace slimplan::reportjson {

// At most maxIssues issues; *dropped = how many were left out. Every per-file summary (files:
// rows read, kept, folded, errors, warnings, unit). Keys as QJsonDocument sorts them.
QByteArray encode(const ImportReport &r, int maxIssues, int *dropped);
ImportReport decode(const QJsonObject &o, int *dropped);

} // namespace slimplan::reportjson
