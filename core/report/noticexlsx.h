#pragma once
// A notice's items as the progress sheet the unit fills in and returns (整改进度): one row per item
// with its id (hidden, so the returned sheet finds the same items), 名称, 整改措施, 目标, 理由, 依据,
// 期限, and the empty columns the unit fills: 完成情况 (a drop-down 未开始/整改中/已完成), 完成日期,
// 备注. `track --import` reads the returned sheet by these headers, so they are fixed Chinese
// whatever the report language; the header is the sheet's first row.

#include "report/notices.h"

#include <QString>
#include <QStringList>

namespace slimplan {

class NoticeXlsx
{
public:
    // The header row, in column order (id first).
    static QStringList header();
    // The words of the 完成情况 drop-down.
    static QStringList progressWords();
    // Writes the notice's sheet to `path`. False with *error (the file is then removed).
    static bool write(const Notice &notice, const QString &path, QString *error = nullptr);
};

} // namespace slimplan
