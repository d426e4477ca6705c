#pragma once
// The parts of an .xlsx that every sheet needs, read once when the file is opened: the sheet list
// (workbook.xml and its relationships), the shared strings, which cell styles are dates, and the
// date system. The sheets themselves are streamed later by XlsxSheetSource.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace slimplan {

class XlsxArchive;

struct XlsxSheetInfo
{
    QString name;
    QString part;          // e.g. "xl/worksheets/sheet1.xml"
    bool hidden = false;   // state="hidden" or "veryHidden"
    qint64 size = 0;       // uncompressed bytes of the part
};

class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::XlsxWorkbook)
public:
    static constexpr int kMaxSheets = 1000;

    // Reads the workbook's structure; nullptr with *error set when the file is refused.
    static std::shared_ptr<XlsxWorkbook> load(const QString &path, QString *error);

    QString path() const { return m_path; }
    const QList<XlsxSheetInfo> &sheets() const { return m_sheets; }
    const QStringList &sharedStrings() const { return m_sharedStrings; }
    bool isDateStyle(int styleIndex) const
    {
        return styleIndex >= 0 && styleIndex < m_dateStyles.size() && m_dateStyles.at(styleIndex);
    }
    bool date1904() const { return m_date1904; }
    // Bytes decompressed from this workbook so far, by every reader (the 1 GB limit is on it).
    std::shared_ptr<std::atomic<qint64>> bytesCounter() const { return m_bytes; }

private:
    explicit XlsxWorkbook(QString path);
    bool readRootRels(XlsxArchive &zip, QString *error);
    bool readWorkbook(XlsxArchive &zip, QString *error);
    bool readWorkbookRels(XlsxArchive &zip, QString *error);
    bool readSharedStrings(XlsxArchive &zip, QString *error);
    bool readStyles(XlsxArchive &zip, QString *error);

    QString m_path;
    QString m_workbookPart = QStringLiteral("xl/workbook.xml");
    QList<XlsxSheetInfo> m_sheets;
    QList<QString> m_sheetRelIds; // per sheet, its r:id until the relationships resolve it
    QString m_sharedStringsPart;
    QString m_stylesPart;
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles; // per cellXfs index
    bool m_date1904 = false;
    std::shared_ptr<std::atomic<qint64>> m_bytes = std::make_shared<std::atomic<qint64>>(0);
};

} // namespace slimplan
