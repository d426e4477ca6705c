#pragma once
// The zip container of an .xlsx (or of an .ods, which the same limits protect): tells an old .xls,
// an encrypted workbook, a damaged zip and a decompression bomb from a workbook before any XML is
// parsed, and opens its parts for streaming.

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <atomic>
#include <memory>

class QuaZip;

namespace slimplan {

class XlsxPartDevice;

class XlsxArchive
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::XlsxArchive)
public:
    // Limits against decompression bombs. Real ledgers stay far below: a 100,000-row sheet is
    // about 30 MB of XML; sheet XML compresses about 10:1, rarely beyond 100:1.
    static constexpr qint64 kMaxPartBytes = 200'000'000;
    // An .ods keeps every table in one content.xml, and LibreOffice's XML is about twice as
    // verbose: a 100,000-row ledger is some 200 MB of it.
    static constexpr qint64 kMaxOdsPartBytes = 600'000'000;
    static constexpr qint64 kMaxTotalBytes = 1'000'000'000;
    static constexpr qint64 kRatioCheckFromBytes = 10'000'000; // smaller parts may compress well
    static constexpr qint64 kMaxRatio = 200;
    static constexpr int kMaxEntries = 10000;

    // Which kind of file the user meant: the messages and the limit per part differ.
    enum class Package { Xlsx, Ods };

    explicit XlsxArchive(QString path, Package package = Package::Xlsx);
    ~XlsxArchive();
    XlsxArchive(const XlsxArchive &) = delete;
    XlsxArchive &operator=(const XlsxArchive &) = delete;

    // Opens the zip and checks its directory. On failure *error says why, for people.
    bool open(QString *error);

    qint64 partLimit() const { return m_package == Package::Ods ? kMaxOdsPartBytes : kMaxPartBytes; }
    bool contains(const QString &part) const;
    qint64 partSize(const QString &part) const; // uncompressed, as the directory says; -1 if absent
    // Opens one part (only one at a time per archive). total counts the bytes decompressed from
    // the workbook across all archives opened on it.
    std::unique_ptr<XlsxPartDevice> openPart(const QString &part,
                                             std::shared_ptr<std::atomic<qint64>> total,
                                             QString *error);

private:
    struct Entry
    {
        QString name; // as stored in the zip
        qint64 size = 0;
        qint64 compressedSize = 0;
    };
    bool checkSignature(QString *error) const;

    QString damagedMessage() const;

    QString m_path;
    Package m_package;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Entry> m_entries; // by lower-case name: part names are case-insensitive (OPC)
};

} // namespace slimplan
