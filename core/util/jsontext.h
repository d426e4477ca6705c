#pragma once
// Hand-written JSON text for the hot paths (1,000,000 items): escaping strings into a UTF-8
// buffer, and reading back the flat string arrays/objects the project store writes. QJsonDocument
// would build a tree per row, which costs more than the rest of the row together.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace slimplan::jsontext {

// Appends s as a quoted JSON string (UTF-8; ", \ and control characters escaped).
void appendString(QByteArray &out, QStringView s);
// ["a","b"] — an empty list gives "[]".
void appendStringArray(QByteArray &out, const QStringList &list);
// A double as the shortest text that reads back the same; NaN/infinity (not JSON) give null.
void appendNumber(QByteArray &out, double d);
// The same, but a whole number keeps a fraction ("12.0", not "12"), so readers that type their
// fields (percentages, 万元 amounts) see a real number every time.
void appendReal(QByteArray &out, double d);

// Every string token of a JSON text, in order, ignoring the punctuation between them. Reads back
// what appendStringArray wrote (and the objects of string values encodeStringPairs writes).
QStringList stringTokens(const char *data, qsizetype size);
inline QStringList stringTokens(const QByteArray &text) { return stringTokens(text.constData(), text.size()); }

// {"k":"v",…} in the given order (duplicate keys kept, which QJsonObject would lose).
QByteArray encodeStringPairs(const QList<QPair<QString, QString>> &pairs);
QList<QPair<QString, QString>> decodeStringPairs(const char *data, qsizetype size);

} // namespace slimplan::jsontext
