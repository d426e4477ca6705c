#include "import/xlsxreader.h"

#include "import/xlsxsheetsource.h"
#include "import/xlsxworkbook.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace slimplan {

namespace {

struct XlsxReaderText
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::XlsxReader)
};

} // namespace

std::vector<std::unique_ptr<TableSource>> openXlsxSources(const QString &path, QString *error)
{
    std::vector<std::unique_ptr<TableSource>> sources;
    QString why;
    const std::shared_ptr<const XlsxWorkbook> book = XlsxWorkbook::load(path, &why);
    if (!book) {
        if (error)
            *error = why;
        return sources;
    }
    for (int i = 0; i < book->sheets().size(); ++i) {
        if (!book->sheets().at(i).hidden)
            sources.push_back(std::make_unique<XlsxSheetSource>(path, book, i));
    }
    if (sources.empty() && error)
        *error = XlsxReaderText::tr("the workbook has no visible worksheet");
    return sources;
}

std::optional<Kind> kindHintFromSheetName(const QString &sheetName)
{
    static const QRegularExpression app(
        QStringLiteral("应用|小程序|(?<![a-z])app(s|lications?)?(?![a-z])"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression account(
        QStringLiteral("公众号|账号|帐号|新媒体|(?<![a-z])accounts?(?![a-z])"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression group(QStringLiteral("群|(?<![a-z])groups?(?![a-z])"),
                                          QRegularExpression::CaseInsensitiveOption);
    std::optional<Kind> hint;
    int matches = 0;
    if (app.match(sheetName).hasMatch()) {
        hint = Kind::App;
        ++matches;
    }
    if (account.match(sheetName).hasMatch()) {
        hint = Kind::Account;
        ++matches;
    }
    if (group.match(sheetName).hasMatch()) {
        hint = Kind::Group;
        ++matches;
    }
    return matches == 1 ? hint : std::nullopt;
}

} // namespace slimplan
