#include "import/odsreader.h"

#include "import/odsbook.h"
#include "import/odssheetsource.h"
#include "import/visiblesheets.h"

#include <QCoreApplication>

namespace slimplan {

std::vector<std::unique_ptr<TableSource>> openOdsSources(const QString &path, QString *error)
{
    // The context of the message as it has been translated (no class of that name is left).
    return openVisibleSheets<OdsSheetSource>(path, error, &OdsBook::tables, [] {
        return QCoreApplication::translate("slimplan::OdsReader",
                                           "the spreadsheet has no visible table");
    });
}

} // namespace slimplan
