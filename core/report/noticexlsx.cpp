#include "report/noticexlsx.h"

#include "report/surveyxlsxbook.h"

namespace slimplan {

namespace {
enum Column { ColId, ColName, ColAction, ColTarget, ColReason, ColBasis, ColDeadline, ColProgress, ColDoneOn,
              ColRemarks, ColCount };

// Widths in characters, in column order.
constexpr double kWidths[ColCount] = {14, 24, 10, 24, 40, 40, 12, 12, 12, 24};
} // namespace

QStringList NoticeXlsx::header()
{
    return {QStringLiteral("id"),   QStringLiteral("名称"),     QStringLiteral("整改措施"),
            QStringLiteral("目标"), QStringLiteral("理由"),     QStringLiteral("依据"),
            QStringLiteral("期限"), QStringLiteral("完成情况"), QStringLiteral("完成日期"),
            QStringLiteral("备注")};
}

QStringList NoticeXlsx::progressWords()
{
    return {QStringLiteral("未开始"), QStringLiteral("整改中"), QStringLiteral("已完成")};
}

bool NoticeXlsx::write(const Notice &notice, const QString &path, QString *error)
{
    using Style = SurveyXlsxBook::Style;
    SurveyXlsxBook book;
    book.addSheet(QStringLiteral("整改进度"));
    for (int c = 0; c < ColCount; ++c)
        book.setColumn(c, kWidths[c], c == ColId);
    const QStringList head = header();
    for (int c = 0; c < ColCount; ++c)
        book.text(0, c, head.at(c), Style::Header);
    book.freeze(1, ColAction);

    int row = 1;
    for (const NoticeItem &it : notice.items) {
        book.text(row, ColId, it.itemId);
        book.text(row, ColName, it.name, Style::Wrap);
        book.text(row, ColAction, it.actionText);
        book.text(row, ColTarget, it.target, Style::Wrap);
        book.text(row, ColReason, it.reason, Style::Wrap);
        book.text(row, ColBasis, (it.rules + it.sources).join(QLatin1Char('\n')), Style::Wrap);
        book.date(row, ColDeadline, it.deadline);
        book.blank(row, ColProgress);
        book.blank(row, ColDoneOn, Style::CellDate);
        book.blank(row, ColRemarks);
        ++row;
    }
    if (row > 1)
        book.listValidation(ColProgress, 1, row - 1, progressWords());
    return book.save(path, error);
}

} // namespace slimplan
