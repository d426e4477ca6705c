#pragma once
// What every table of an .ods needs, found once when the file is opened: that the zip is an
// OpenDocument spreadsheet (mimetype, manifest, no encryption), the namespace prefixes and root
// element of content.xml, and where each table starts in it. The tables are found by a byte search
// over the decompressed content.xml, without parsing the rows; OdsSheetSource streams each table
// later from its offset.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>

namespace slimplan {

class XlsxArchive;

struct OdsTableInfo
{
    QString name;
    bool hidden = false; // its table style says table:display="false"
    qint64 offset = 0;   // of its "<table:table" in the decompressed content.xml
    qint64 size = 0;     // bytes up to the next table or the end of the part
};

class OdsBook
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::OdsBook)
public:
    static constexpr int kMaxTables = 1000;
    static constexpr qint64 kMaxHeadBytes = 64'000'000; // styles before the body
    static constexpr qint64 kMaxTagBytes = 1'000'000;
    // Each table inflates content.xml from its start (see OdsSheetSource): what all of them
    // together would inflate is bounded, so that many tables at the end of a large part cannot
    // keep the reader busy for hours.
    static constexpr qint64 kMaxReadBytes = 3'000'000'000;

    // Reads the package's structure; nullptr with *error set when the file is refused.
    static std::shared_ptr<OdsBook> load(const QString &path, QString *error);

    QString path() const { return m_path; }
    const QList<OdsTableInfo> &tables() const { return m_tables; }
    // The start tag of content.xml's root element with its namespace declarations: handed to the
    // XML parser before a table's bytes, so the table parses as the root's child.
    const QByteArray &rootTag() const { return m_rootTag; }
    // The prefixes content.xml binds to the ODF namespaces (nearly always "table", "text", ...).
    QString tablePrefix() const { return m_tablePrefix; }
    QString textPrefix() const { return m_textPrefix; }
    QString officePrefix() const { return m_officePrefix; }
    QString calcextPrefix() const { return m_calcextPrefix; }

private:
    struct Window; // content.xml, decompressed into a window the scan moves over

    explicit OdsBook(QString path);
    bool checkPackage(XlsxArchive &zip, QString *error);
    bool scanContent(XlsxArchive &zip, QString *error);
    bool readProlog(Window &w, qsizetype *rootEnd, QString *error);
    bool readHead(Window &w, qsizetype rootEnd, QString *error);
    bool findTables(Window &w, QString *error);
    bool measureTables(qint64 total, QString *error);
    bool readRoot(const QByteArray &tag, QString *error);
    bool readTableStyles(const QByteArray &head, QString *error);

    QString m_path;
    QList<OdsTableInfo> m_tables;
    QByteArray m_rootTag;
    QByteArray m_rootName;
    QString m_tablePrefix = QStringLiteral("table");
    QString m_textPrefix = QStringLiteral("text");
    QString m_officePrefix = QStringLiteral("office");
    QString m_stylePrefix = QStringLiteral("style");
    QString m_calcextPrefix = QStringLiteral("calcext");
    QSet<QString> m_hiddenStyles;
    std::shared_ptr<std::atomic<qint64>> m_bytes = std::make_shared<std::atomic<qint64>>(0);
};

} // namespace slimplan
