#include "import/odsreader.h"

#include "import/odsbook.h"
#include "import/odssheetsource.h"

#include <QCoreApplication>

namespace slimplan {

namespace {

struct OdsReaderText
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::OdsReader)
};

} // namespace

std::vector<std::unique_ptr<TableSource>> openOdsSources(const QString &path, QString *error)
{
    std::vector<std::unique_ptr<TableSource>> sources;
    QString why;
    const std::shared_ptr<const OdsBook> book = OdsBook::load(path, &why);
    if (!book) {
        if (error)
            *error = why;
        return sources;
    }
    for (int i = 0; i < book->tables().size(); ++i) {
        if (!book->tables().at(i).hidden)
            sources.push_back(std::make_unique<OdsSheetSource>(path, book, i));
    }
    if (sources.empty() && error)
        *error = OdsReaderText::tr("the spreadsheet has no visible table");
    return sources;
}

} // namespace slimplan
