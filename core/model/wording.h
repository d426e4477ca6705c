#pragma once
// The bilingual words the evidence sentences are made of: flag names and list joins. They live
// beside the types they name so that a finding can be put into words without the rule checks.

#include "model/types.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace slimplan::wording {

// "打卡签到" / "check-in".
QString flagText(Flag flag, bool chinese);

QString joinZh(const QStringList &parts); // "、"
QString joinEn(const QStringList &parts); // ", "

QString dateText(const QDate &d); // yyyy-MM-dd

} // namespace slimplan::wording
