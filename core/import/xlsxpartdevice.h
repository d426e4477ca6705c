#pragma once
// One part (zip entry) of an .xlsx, decompressed as it is read. Counts the bytes it hands out and
// stops with an error past the per-part and per-workbook limits, whatever the zip directory claims:
// the second line of defence against decompression bombs.

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <atomic>
#include <memory>

class QuaZipFile;
class QXmlStreamReader;

namespace slimplan {

class XlsxPartDevice : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::XlsxPartDevice)
public:
    // file: opened for reading. total: bytes decompressed from the whole workbook so far, shared
    // by every part of it.
    XlsxPartDevice(std::unique_ptr<QuaZipFile> file, QString partName, qint64 partLimit,
                   std::shared_ptr<std::atomic<qint64>> total, qint64 totalLimit);
    ~XlsxPartDevice() override;

    bool isSequential() const override { return true; }
    QString partName() const { return m_partName; }
    qint64 consumed() const { return m_consumed; }
    // For a reader that starts in the middle of a part (an .ods sheet source skips to its table):
    // drops the next bytes of the part, decompressed and counted against the limits like any
    // others, and then hands out prelude (e.g. the root element's start tag) before the rest.
    // Only before the first read(). False with readError() set when the part ends or fails first.
    bool skipTo(qint64 offset, QByteArray prelude);

    // The problem that ended the reading, empty if none.
    QString readError() const { return m_readError; }

    // Why a parse of this part stopped: a read error of the device first (it is the cause of any
    // premature end), else the XML error with its position. Empty when xml has no error.
    QString describeError(const QXmlStreamReader &xml) const;
    // The message for a part that has a DTD: the parsers refuse it before any entity is expanded.
    static QString dtdError(const QString &partName);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    qint64 readPart(char *data, qint64 maxSize);

    std::unique_ptr<QuaZipFile> m_file;
    QString m_partName;
    qint64 m_partLimit;
    std::shared_ptr<std::atomic<qint64>> m_total;
    qint64 m_totalLimit;
    qint64 m_consumed = 0;
    bool m_atEnd = false;
    QByteArray m_prelude;
    qsizetype m_preludeRead = 0;
    QString m_readError;
};

} // namespace slimplan
