#include "import/xlsxreader.h"

#include "import/visiblesheets.h"
#include "import/xlsxsheetsource.h"
#include "import/xlsxworkbook.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace slimplan {

std::vector<std::unique_ptr<TableSource>> openXlsxSources(const QString &path, QString *error)
{
    // The context of the message as it has been translated (no class of that name is left).
    return openVisibleSheets<XlsxSheetSource>(path, error, &XlsxWorkbook::sheets, [] {
        return QCoreApplication::translate("slimplan::XlsxReader",
                                           "the workbook has no visible worksheet");
    });
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
