#pragma once
// Reads a .csv/.tsv/.txt ledger as a TableSource, streaming: the file is decoded in 1 MB blocks
// and parsed record by record (RFC 4180 quotes, embedded newlines, doubled quotes), so memory stays
// bounded whatever the file's size. Finds the encoding (BOM, UTF-8 check, then uchardet — GB18030
// is what Excel saves on a Chinese Windows) and the separator (, ; tab |) by itself.

#include "import/tablesource.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace slimplan {

class CsvReader : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::CsvReader)
public:
    // path: what to open (a file or a ":/resource"); displayName: the file as the user named it.
    CsvReader(const QString &path, const QString &displayName);

    // Encoding to use instead of detecting one ("GB18030", "UTF-8", …). Before open().
    void setForcedEncoding(const QString &encoding) { m_forcedEncoding = encoding; }
    // Separator to use instead of sniffing one. Before open().
    void setForcedSeparator(QChar separator) { m_forcedSeparator = separator; }
    // Detects encoding and separator. False (with a translated *error) for a file that cannot be
    // opened, is binary, or whose forced encoding is unknown.
    bool open(QString *error);

    QString encoding() const { return m_encoding; }
    QChar separator() const { return QChar(m_separator); }

    QString fileName() const override { return m_displayName; }
    QString sheetName() const override { return {}; }
    std::optional<Kind> kindHint() const override;
    bool next(RawRow &row) override;
    QString errorString() const override { return m_error; }
    qint64 bytesRead() const override { return m_file.pos(); }
    qint64 bytesTotal() const override { return m_file.size(); }
    QStringList warnings() const override { return m_warnings; }

    // Detection steps, public for the tests. sample: the file's first bytes; complete: the sample
    // is the whole file (a multi-byte sequence cut at its end is then an error). Returns the
    // encoding name and sets *bomLength; *note explains a BOM that lies.
    static QString detectEncoding(const QByteArray &sample, bool complete, int *bomLength,
                                  QString *note);
    static bool isValidUtf8(const QByteArray &bytes, bool complete);
    // The separator among , ; tab | that splits the first records most consistently (quotes
    // respected); preferTab for .tsv files.
    static QChar sniffSeparator(QStringView text, bool preferTab);

private:
    struct Record;
    enum class Scan { More, RecordEnd, Failed };
    Scan scanUnquoted(RawRow &row, Record &rec);
    bool scanQuoted(Record &rec);
    bool finishRecord(RawRow &row) const;
    bool refill();
    bool ensureData();
    void addCell(RawRow &row, QString &&text);
    void addCell(RawRow &row, const QChar *text, qsizetype length);
    bool fail(const QString &message);

    QString m_path;
    QString m_displayName;
    QString m_forcedEncoding;
    QChar m_forcedSeparator;
    QFile m_file;
    QStringDecoder m_decoder;
    QString m_encoding;
    char16_t m_separator = u',';
    QByteArray m_pending;   // bytes read during detection, decoded by the first refill()
    QByteArray m_block;     // the bytes of the block being decoded (reused)
    QString m_buf;          // decoded text not yet parsed (from m_pos)
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_skipLF = false;  // the last record ended with CR: a following LF belongs to it
    bool m_sawNul = false;  // some block held NUL characters: look for them in cells
    bool m_sawBad = false;  // some block held undecodable bytes (U+FFFD)
    int m_line = 1;         // physical line at m_pos
    qsizetype m_cells = 0;  // cells of the record being read (row.cells may hold more, reused)
    QString m_error;
    QStringList m_warnings;
};

} // namespace slimplan
