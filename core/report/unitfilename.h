#pragma once
// The file a campaign document for one unit is written to (核查表, 整改通知): "07_青溪县民政局_整改通知.pdf",
// numbered in the office's order and safe on Windows, so a folder of them sorts and copies as is.

#include <QString>

namespace slimplan {

// number padded to the digits of max(count, padFrom); the unit's name with the characters Windows
// refuses (and control characters) as "_", at most 80 characters, no trailing dot or space
// (Windows drops them, so two names would meet); `tail` follows ("核查表.xlsx").
QString unitFileName(int number, int count, int padFrom, const QString &owner, const QString &tail);

} // namespace slimplan
