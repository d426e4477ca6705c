#pragma once
// A 整改通知 as an official page (A4, the plan report's fonts): the title, the notice number,
// 主送 the unit, the body, the table of its items, the deadline, 落款 (the office) and date, and
// the receipt (回执) to cut off and return at the bottom. NoticePage holds every text the page
// prints, composed once, so the renderer only lays it out and a test reads what a person sees.

#include "report/notices.h"

#include <QString>
#include <QStringList>

#include <vector>

class QPagedPaintDevice;

namespace slimplan {

struct NoticePage
{
    QString title;              // 关于政务移动互联网应用程序瘦身整改的通知
    QString number;             // 瘦身整改〔2026〕3号
    QString recipient;          // 主送: "青溪县民政局："
    QStringList body;           // paragraphs before the table
    QStringList columns;        // the item table's header
    std::vector<QStringList> rows;
    QString deadline;           // the deadline paragraph, after the table
    QString office;             // 落款
    QString date;               // the issue date, in words
    QString receiptTitle;       // 回执
    QString receiptNote;        // where and by when to return it
    std::vector<QStringList> receipt; // (label, pre-filled value) rows: 签收单位, 签收人, 日期 …

    // Every text of the page, one per line, in reading order.
    QString text() const;
};

NoticePage noticePage(const Notice &notice);

// Paints the notice on a paged device (a QPdfWriter, a QPrinter).
bool renderNotice(QPagedPaintDevice *device, const Notice &notice, QString *error = nullptr);
// Writes the notice to a PDF (fonts embedded); no file is left behind on failure.
bool writeNoticePdf(const Notice &notice, const QString &path, QString *error = nullptr);

} // namespace slimplan
