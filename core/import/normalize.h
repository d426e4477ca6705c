#pragma once
// Reading values as people type them into ledgers (INVENTORY-FORMAT.md): kinds, levels, lists,
// yes/no, dates, numbers, flags, and the administrative level hidden in a region code or a unit's
// name. Pure functions: unreadable input gives std::nullopt (or an invalid QDate), never a guess.

#include "import/normalizenumbers.h" // the number readers, for every caller of the cell readers
#include "model/types.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace slimplan {

// For matching words: full-width ASCII folded to half-width (Ａ→A, （→(, ０→0, ideographic space →
// space), trimmed, case-folded and with every space removed. "  应用 名称（万元） " → "应用名称(万元)".
QString foldKey(QStringView text);
// Full-width digits, letters and punctuation folded to half-width; nothing else changes.
QString foldWidth(QStringView text);
// Trims ASCII and ideographic (U+3000) spaces and no-break spaces.
QStringView trimSpaces(QStringView text);
bool isBlank(QStringView text);
// Blank, or a word that stands for "nothing entered" (-, /, 无数据, 不详, 未知, 暂无, N/A, …): unknown,
// not unreadable.
bool isPlaceholderValue(QStringView text);

std::optional<Kind> parseKind(QStringView text);
std::optional<Level> parseLevel(QStringView text);
std::optional<Audience> parseAudience(QStringView text);
std::optional<bool> parseBool(QStringView text);

// Items separated by 、 ， , ； ; | / or a newline (full-width forms too), trimmed, blanks and
// duplicates dropped, first-seen order kept.
QStringList parseList(QStringView text);
// The same tokens as views into text (valid as long as text is), for callers that keep few of them.
std::vector<QStringView> parseListViews(QStringView text);

// 2025-03-01, 2025/3/1, 2025.3.1, 2025年3月1日, 20250301 (a time after the date is ignored).
// With allowExcelSerial, a plain number 1..2958465 is an Excel serial date (1900 system).
QDate parseDate(QStringView text, bool allowExcelSerial = false);

// Flags named in a flags cell: canonical names (check_in, …) or their Chinese names (打卡签到, …).
// Words that name no flag are appended to *unknown when given.
Flags parseFlags(QStringView text, QStringList *unknown = nullptr);
// Flags raised by the same words inside function names (a function "打卡签到" raises check_in).
// Only unambiguous words count here: a function "临时救助" raises nothing.
Flags flagsFromFunctions(const QStringList &functions);
// The flag a yes/no column stands for, from its header ("打卡签到", "是否强制下载", "no_ipv6", …).
std::optional<Flag> flagFromHeader(QStringView header);

// Level from a division code (GB/T 2260 and 统计用区划代码): 6 digits xx0000 province, xxxx00 city,
// else county; 9 digits township; 12 digits village (trailing zero groups name the higher levels).
// 100000 is the whole country (central). Anything else → nullopt.
std::optional<Level> levelFromRegionCode(QStringView code);
// Level from the owning unit's name: the last administrative word wins, so
// "青溪县青石镇人民政府" is township and "青溪县农业农村局" county (农村 is no village).
std::optional<Level> levelFromOwner(QStringView owner);

// The kind a sheet or file name implies (应用程序/公众账号/工作群组, apps/accounts/groups, a file
// name containing 公众号, 工作群, …), or nullopt.
std::optional<Kind> kindHintFromName(QStringView name);

// True for a summary row's first cell: 合计, 总计, 小计 (with optional spaces/colon).
bool isSummaryLabel(QStringView text);
// True for a final summary (合计, 总计) after which a sheet holds only footnotes.
bool isGrandTotalLabel(QStringView text);

} // namespace slimplan
