#include "import/xlsxpartdevice.h"

#include <QXmlStreamReader>

#include <algorithm>

#include <quazip/quazipfile.h>

namespace slimplan {

XlsxPartDevice::XlsxPartDevice(std::unique_ptr<QuaZipFile> file, QString partName,
                               qint64 partLimit, std::shared_ptr<std::atomic<qint64>> total,
                               qint64 totalLimit)
    : m_file(std::move(file)),
      m_partName(std::move(partName)),
      m_partLimit(partLimit),
      m_total(std::move(total)),
      m_totalLimit(totalLimit)
{
    QIODevice::open(QIODevice::ReadOnly);
}

XlsxPartDevice::~XlsxPartDevice()
{
    if (m_file && m_file->isOpen())
        m_file->close();
}

bool XlsxPartDevice::skipTo(qint64 offset, QByteArray prelude)
{
    QByteArray scratch(64 * 1024, Qt::Uninitialized);
    while (m_consumed < offset) {
        const qint64 n = readPart(scratch.data(), std::min<qint64>(scratch.size(), offset - m_consumed));
        if (n < 0)
            return false;
        if (n == 0) {
            m_readError = tr("%1 ends before the place it names: the file is damaged").arg(m_partName);
            return false;
        }
    }
    m_prelude = std::move(prelude);
    m_preludeRead = 0;
    return true;
}

qint64 XlsxPartDevice::readData(char *data, qint64 maxSize)
{
    if (m_preludeRead < m_prelude.size()) {
        const qint64 n = std::min<qint64>(maxSize, m_prelude.size() - m_preludeRead);
        std::copy_n(m_prelude.constData() + m_preludeRead, n, data);
        m_preludeRead += n;
        return n;
    }
    return readPart(data, maxSize);
}

qint64 XlsxPartDevice::readPart(char *data, qint64 maxSize)
{
    if (!m_readError.isEmpty())
        return -1;
    if (m_atEnd)
        return 0;
    const qint64 n = m_file->read(data, maxSize);
    if (n < 0) {
        m_readError = tr("%1 cannot be decompressed: the file is damaged").arg(m_partName);
        return -1;
    }
    m_consumed += n;
    const qint64 total = m_total->fetch_add(n) + n;
    if (m_consumed > m_partLimit) {
        m_readError = tr("%1 expands to more than %2 MB: refused as a possible decompression bomb")
                          .arg(m_partName)
                          .arg(m_partLimit / 1000000);
        return -1;
    }
    if (total > m_totalLimit) {
        m_readError = tr("the workbook expands to more than %1 MB: refused as a possible "
                         "decompression bomb")
                          .arg(m_totalLimit / 1000000);
        return -1;
    }
    if (n == 0 && maxSize > 0) {
        // End of the entry: minizip checks the CRC only now.
        m_atEnd = true;
        m_file->close();
        if (m_file->getZipError() != 0) {
            m_readError = tr("%1 cannot be decompressed: the file is damaged").arg(m_partName);
            return -1;
        }
    }
    return n;
}

qint64 XlsxPartDevice::writeData(const char *, qint64)
{
    return -1;
}

QString XlsxPartDevice::describeError(const QXmlStreamReader &xml) const
{
    if (!m_readError.isEmpty())
        return m_readError;
    if (!xml.hasError())
        return QString();
    return tr("%1 is not well-formed XML (line %2, column %3): %4")
        .arg(m_partName)
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

QString XlsxPartDevice::dtdError(const QString &partName)
{
    return tr("%1 contains a document type declaration (<!DOCTYPE>), which workbooks never "
              "need: refused so that no entity is expanded")
        .arg(partName);
}

} // namespace slimplan
