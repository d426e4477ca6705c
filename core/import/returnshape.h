#pragma once
// How units fill in their returns, beyond the table itself: the reporting unit written once above
// the header (填报单位（盖章）：XX局), and the empty return (本单位无政务移动互联网应用程序), which is a
// valid answer and no error.

#include "import/tablesource.h"

#include <QString>
#include <QStringView>

namespace slimplan {

// The unit a row names as 填报单位 / 单位名称 / 报送单位 / 填表单位 (with or without （盖章）), its value
// after the colon or in the next filled cell; trailing "填报日期：…" or "联系人：…" parts of the same
// cell are cut off. Empty when the row is no such line.
QString unitLineOwner(const RawRow &row);

// True for the one answer of an empty return: 无, 暂无, 没有, 本单位无…, 本单位暂无…, 本单位未建设….
bool isNoItemsAnswer(QStringView text);

// True for the instructions sheet a template carries beside its table: 说明, 填写说明, 填表说明 (the
// 核查表 has one), Instructions.
bool isInstructionSheet(const QString &sheetName);

// True when the row's only text (numbers such as a 序号 aside) is an empty return's answer.
bool isNoItemsRow(const RawRow &row);

// A number as units type it, the words around it aside: 约500, 近3000, 500左右, 超过1万 → the number's
// text; 12.5（万元） → 12.5万元. The caller parses what is left with the column's own parser.
QString stripQuantityWords(QStringView text);
// The unit a quantity is written in, to check it against its column.
enum class QuantityUnit { None, Count, Money };
QuantityUnit quantityUnit(QStringView text);

} // namespace slimplan
