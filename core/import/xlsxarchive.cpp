#include "import/xlsxarchive.h"

#include "import/xlsxpartdevice.h"

#include <QFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace slimplan {

XlsxArchive::XlsxArchive(QString path, Package package)
    : m_path(std::move(path)), m_package(package)
{
}

XlsxArchive::~XlsxArchive() = default;

bool XlsxArchive::checkSignature(QString *error) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open the file: %1").arg(file.errorString());
        return false;
    }
    const QByteArray head = file.read(8);
    // Excel 97–2003 files and encrypted .xlsx files (whatever their extension) are OLE compound
    // documents; people rename them, so the extension proves nothing.
    static const QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    const bool ods = m_package == Package::Ods;
    if (head == ole) {
        *error = ods ? tr("this is an old .xls or an encrypted workbook, not an .ods spreadsheet")
                     : tr("this is an old .xls / encrypted workbook: save it as .xlsx");
        return false;
    }
    if (!head.startsWith("PK\x03\x04") && !head.startsWith("PK\x05\x06")) {
        *error = ods ? tr("this is not an .ods spreadsheet (the file is not a zip archive)")
                     : tr("this is not an .xlsx workbook (the file is not a zip archive)");
        return false;
    }
    return true;
}

bool XlsxArchive::open(QString *error)
{
    if (!checkSignature(error))
        return false;
    m_zip = std::make_unique<QuaZip>(m_path);
    m_zip->setUtf8Enabled(true);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        *error = damagedMessage();
        return false;
    }
    if (m_zip->getEntriesCount() > kMaxEntries) {
        *error = tr("the archive holds more than %1 files: refused as not a workbook").arg(kMaxEntries);
        return false;
    }
    const QList<QuaZipFileInfo64> infos = m_zip->getFileInfoList64();
    if (m_zip->getZipError() != 0) {
        *error = damagedMessage();
        return false;
    }
    qint64 total = 0;
    for (const QuaZipFileInfo64 &info : infos) {
        const auto size = static_cast<qint64>(info.uncompressedSize);
        const auto packed = static_cast<qint64>(info.compressedSize);
        if (info.uncompressedSize > quint64(partLimit())) {
            *error = tr("%1 would expand to %2 MB, more than the limit of %3 MB per part: refused "
                        "as a possible decompression bomb")
                         .arg(info.name)
                         .arg(info.uncompressedSize / 1000000)
                         .arg(partLimit() / 1000000);
            return false;
        }
        if (size > kRatioCheckFromBytes && size > kMaxRatio * std::max<qint64>(packed, 1)) {
            *error = tr("%1 is compressed more than %2:1: refused as a possible decompression bomb")
                         .arg(info.name)
                         .arg(kMaxRatio);
            return false;
        }
        total += size;
        if (total > kMaxTotalBytes) {
            *error = tr("the workbook would expand to more than %1 MB: refused as a possible "
                        "decompression bomb")
                         .arg(kMaxTotalBytes / 1000000);
            return false;
        }
        m_entries.insert(info.name.toLower(), Entry{info.name, size, packed});
    }
    return true;
}

QString XlsxArchive::damagedMessage() const
{
    return m_package == Package::Ods
               ? tr("the .ods file is damaged or truncated (its zip directory cannot be read)")
               : tr("the .xlsx file is damaged or truncated (its zip directory cannot be read)");
}

bool XlsxArchive::contains(const QString &part) const
{
    return m_entries.contains(part.toLower());
}

qint64 XlsxArchive::partSize(const QString &part) const
{
    const auto it = m_entries.constFind(part.toLower());
    return it == m_entries.cend() ? -1 : it->size;
}

std::unique_ptr<XlsxPartDevice> XlsxArchive::openPart(const QString &part,
                                                      std::shared_ptr<std::atomic<qint64>> total,
                                                      QString *error)
{
    const auto it = m_entries.constFind(part.toLower());
    if (it == m_entries.cend() || !m_zip->setCurrentFile(it->name, QuaZip::csSensitive)) {
        *error = tr("the workbook has no part %1").arg(part);
        return nullptr;
    }
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly)) {
        // minizip refuses encrypted entries and unknown compression methods here.
        *error = tr("%1 cannot be read (encrypted or damaged)").arg(part);
        return nullptr;
    }
    return std::make_unique<XlsxPartDevice>(std::move(file), it->name, partLimit(),
                                            std::move(total), kMaxTotalBytes);
}

} // namespace slimplan
