#include "import/importreport.h"

#include <algorithm>

namespace slimplan {

QString ImportIssue::toLine() const
{
    return QStringLiteral("%1:%2:%3:%4: %5")
        .arg(file, sheet, row > 0 ? QString::number(row) : QString(), column, message);
}

int ImportReport::errorCount() const
{
    return static_cast<int>(std::count_if(issues.begin(), issues.end(),
                                          [](const ImportIssue &i) { return i.isError(); }));
}

int ImportReport::warningCount() const
{
    return static_cast<int>(issues.size()) - errorCount();
}

void ImportReport::append(const ImportReport &other)
{
    issues.insert(issues.end(), other.issues.begin(), other.issues.end());
    rowsRead += other.rowsRead;
    rowsImported += other.rowsImported;
    filesRefused += other.filesRefused;
    for (const QString &c : other.unknownColumns) {
        if (!unknownColumns.contains(c))
            unknownColumns << c;
    }
}

} // namespace slimplan
