#pragma once
// An import report as the history keeps it: JSON in the imports table, with at most
// ProjectStore::kMaxStoredIssues issues (the rest counted).

#include "import/importreport.h"

#include <QJsonObject>

namespace slimplan::importreportjson {

// *dropped = how many issues were left out.
QJsonObject toJson(const ImportReport &report, int maxIssues, int *dropped);
ImportReport fromJson(const QJsonObject &object, int *dropped);

} // namespace slimplan::importreportjson
