#include "import/csvreader.h"

#include "import/normalize.h"

#include <QFileInfo>

#include <uchardet/uchardet.h>

#include <algorithm>
#include <array>

namespace slimplan {

namespace {

constexpr qint64 kSampleBytes = 64 * 1024;
constexpr qint64 kBlockBytes = 1024 * 1024;
// A field this long is a quote that was never closed, not a value; stop before memory runs out.
constexpr qsizetype kMaxFieldChars = 4 * 1024 * 1024;
constexpr int kMaxCells = 16384;

// Share of bytes that no text file holds (C0 controls other than tab, CR, LF, FF, VT, ESC, SUB).
double controlShare(const QByteArray &sample)
{
    if (sample.isEmpty())
        return 0;
    qsizetype bad = 0;
    for (char ch : sample) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1a
            && c != 0x1b)
            ++bad;
    }
    return double(bad) / double(sample.size());
}

// UTF-16 without a BOM: every other byte of ASCII text is zero.
QString utf16WithoutBom(const QByteArray &s)
{
    if (s.size() < 16)
        return {};
    qsizetype evenZero = 0;
    qsizetype oddZero = 0;
    for (qsizetype i = 0; i + 1 < s.size(); i += 2) {
        evenZero += s[i] == 0;
        oddZero += s[i + 1] == 0;
    }
    const qsizetype pairs = s.size() / 2;
    if (oddZero > pairs * 6 / 10 && evenZero < pairs / 20)
        return QStringLiteral("UTF-16LE");
    if (evenZero > pairs * 6 / 10 && oddZero < pairs / 20)
        return QStringLiteral("UTF-16BE");
    return {};
}

QString uchardetGuess(const QByteArray &sample)
{
    uchardet_t ud = uchardet_new();
    QString result;
    if (uchardet_handle_data(ud, sample.constData(), static_cast<size_t>(sample.size())) == 0) {
        uchardet_data_end(ud);
        result = QString::fromLatin1(uchardet_get_charset(ud));
    }
    uchardet_delete(ud);
    return result;
}

qsizetype replacementCount(const QString &text)
{
    return text.count(QChar(QChar::ReplacementCharacter));
}

} // namespace

CsvReader::CsvReader(const QString &path, const QString &displayName)
    : m_path(path), m_displayName(displayName), m_file(path)
{
}

std::optional<Kind> CsvReader::kindHint() const
{
    return kindHintFromName(QFileInfo(m_displayName).completeBaseName());
}

bool CsvReader::isValidUtf8(const QByteArray &bytes, bool complete)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2; min = 0x80; cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3; min = 0x800; cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4; min = 0x10000; cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n) // cut by the end of the sample
            return !complete && n - i < len && [&] {
                for (qsizetype k = i + 1; k < n; ++k) {
                    if ((p[k] & 0xC0) != 0x80)
                        return false;
                }
                return true;
            }();
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

QString CsvReader::detectEncoding(const QByteArray &sample, bool complete, int *bomLength,
                                  QString *note)
{
    *bomLength = 0;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        *bomLength = 3;
        if (isValidUtf8(sample.mid(3), complete))
            return QStringLiteral("UTF-8");
        // A UTF-8 byte-order mark in front of something else: believe the bytes, not the mark.
        int ignored = 0;
        const QString actual = detectEncoding(sample.mid(3), complete, &ignored, nullptr);
        if (note)
            *note = tr("The file starts with a UTF-8 byte-order mark but is not UTF-8; read as %1")
                        .arg(actual);
        return actual;
    }
    if (sample.startsWith("\xFF\xFE")) {
        *bomLength = 2;
        return QStringLiteral("UTF-16LE");
    }
    if (sample.startsWith("\xFE\xFF")) {
        *bomLength = 2;
        return QStringLiteral("UTF-16BE");
    }
    if (sample.startsWith("\x84\x31\x95\x33")) {
        *bomLength = 4;
        return QStringLiteral("GB18030");
    }
    if (const QString u16 = utf16WithoutBom(sample); !u16.isEmpty())
        return u16;
    if (isValidUtf8(sample, complete))
        return QStringLiteral("UTF-8");
    const QString guess = uchardetGuess(sample).toUpper();
    if (guess.startsWith(QLatin1String("GB")) || guess.startsWith(QLatin1String("HZ"))
        || guess == QLatin1String("ISO-2022-CN"))
        return QStringLiteral("GB18030");
    if (guess == QLatin1String("BIG5") || guess == QLatin1String("EUC-TW"))
        return QStringLiteral("Big5");
    // Short Chinese text fools the detector into a Western code page now and then; a ledger that
    // decodes cleanly as GB18030 is GB18030.
    QStringDecoder gb("GB18030");
    const QString asGb = gb.decode(sample);
    if (replacementCount(asGb) <= (complete ? 0 : 1))
        return QStringLiteral("GB18030");
    if (!guess.isEmpty() && QStringDecoder(guess.toLatin1().constData()).isValid())
        return guess;
    return QStringLiteral("GB18030");
}

QChar CsvReader::sniffSeparator(QStringView text, bool preferTab)
{
    const std::array<char16_t, 4> candidates = preferTab
        ? std::array<char16_t, 4>{u'\t', u',', u';', u'|'}
        : std::array<char16_t, 4>{u',', u'\t', u';', u'|'};
    constexpr int kRecords = 30;
    std::array<std::vector<int>, 4> counts;
    std::array<int, 4> current{};
    bool inQuotes = false;
    int records = 0;
    bool lineHasText = false;
    for (qsizetype i = 0; i < text.size() && records < kRecords; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (lineHasText) {
                for (std::size_t k = 0; k < 4; ++k)
                    counts[k].push_back(current[k]);
                ++records;
            }
            current.fill(0);
            lineHasText = false;
        } else if (!inQuotes) {
            for (std::size_t k = 0; k < 4; ++k)
                current[k] += c == candidates[k];
        }
        lineHasText = lineHasText || (c != u'\n' && c != u'\r');
    }
    if (lineHasText && records < kRecords) {
        for (std::size_t k = 0; k < 4; ++k)
            counts[k].push_back(current[k]);
    }
    // The separator is the character found the same number of times (more than zero) in the
    // most records; title rows without separators do not vote.
    int best = 0;
    long bestScore = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        QHash<int, int> freq;
        for (int n : counts[k]) {
            if (n > 0)
                ++freq[n];
        }
        int modeCount = 0;
        int mode = 0;
        for (auto it = freq.cbegin(); it != freq.cend(); ++it) {
            if (it.value() > modeCount || (it.value() == modeCount && it.key() > mode)) {
                modeCount = it.value();
                mode = it.key();
            }
        }
        const long score = long(modeCount) * 1000 + mode;
        if (score > bestScore) {
            bestScore = score;
            best = static_cast<int>(k);
        }
    }
    return QChar(candidates[static_cast<std::size_t>(best)]);
}

bool CsvReader::open(QString *error)
{
    auto refuse = [&](const QString &message) {
        m_error = message;
        if (error)
            *error = message;
        return false;
    };
    // Unbuffered: the reader asks for large blocks itself, QIODevice's 16 KB buffer only copies.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return refuse(tr("Cannot open the file: %1").arg(m_file.errorString()));
    m_pending = m_file.read(m_file.isSequential() ? kSampleBytes
                                                  : std::clamp<qint64>(m_file.size(), 1, kSampleBytes));
    const bool complete = m_file.atEnd();
    int bom = 0;
    if (!m_forcedEncoding.isEmpty()) {
        QStringDecoder probe(m_forcedEncoding.toLatin1().constData());
        if (!probe.isValid())
            return refuse(tr("Unknown encoding “%1”").arg(m_forcedEncoding));
        m_encoding = m_forcedEncoding;
        if (m_encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0
            && m_pending.startsWith("\xEF\xBB\xBF"))
            bom = 3;
    } else {
        const bool utf16 = m_pending.startsWith("\xFF\xFE") || m_pending.startsWith("\xFE\xFF")
                           || !utf16WithoutBom(m_pending).isEmpty();
        if (!utf16 && controlShare(m_pending) > 0.02)
            return refuse(tr("This is not a text file (it holds binary data); save the ledger as "
                             ".xlsx or .csv (UTF-8) and import again"));
        QString note;
        m_encoding = detectEncoding(m_pending, complete, &bom, &note);
        if (!note.isEmpty())
            m_warnings << note;
    }
    m_pending.remove(0, bom);
    m_decoder = QStringDecoder(m_encoding.toLatin1().constData());
    if (!m_decoder.isValid())
        return refuse(tr("Unknown encoding “%1”").arg(m_encoding));
    if (!refill()) { // empty file: no records, and that is for the importer to report
        m_separator = u',';
        return true;
    }
    if (!m_forcedSeparator.isNull()) {
        m_separator = m_forcedSeparator.unicode();
    } else {
        const bool tsv = m_displayName.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive);
        m_separator = sniffSeparator(QStringView(m_buf).left(kSampleBytes), tsv).unicode();
    }
    return true;
}

bool CsvReader::refill()
{
    QByteArray bytes;
    QByteArrayView view;
    if (!m_pending.isEmpty()) {
        bytes = std::move(m_pending);
        m_pending = QByteArray();
        view = bytes;
    } else if (!m_eof) {
        // Never more than the file still holds: QIODevice::read(n) allocates n bytes up front,
        // and a whole megabyte for the end of a small file cost more than parsing it. The block
        // buffer is reused from one block to the next.
        qint64 want = kBlockBytes;
        if (!m_file.isSequential())
            want = std::clamp<qint64>(m_file.size() - m_file.pos(), 1, kBlockBytes);
        if (m_block.size() < want)
            m_block.resize(want);
        const qint64 n = m_file.read(m_block.data(), want);
        if (n > 0)
            view = QByteArrayView(m_block.constData(), n);
    }
    if (view.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buf = m_decoder.decode(view);
    m_pos = 0;
    if (m_buf.contains(QChar(0)))
        m_sawNul = true;
    if (m_buf.contains(QChar(QChar::ReplacementCharacter)))
        m_sawBad = true;
    return !m_buf.isEmpty() || refill(); // a block that ends inside a character decodes to nothing
}

bool CsvReader::ensureData()
{
    if (m_pos >= m_buf.size() && !refill())
        return false;
    if (m_skipLF) {
        m_skipLF = false;
        if (m_buf.at(m_pos) == QLatin1Char('\n')) {
            ++m_pos;
            return ensureData();
        }
    }
    return true;
}

bool CsvReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

void CsvReader::addCell(RawRow &row, const QChar *text, qsizetype length)
{
    // The cells of the previous record are overwritten in place: their buffers are reused rather
    // than a million rows × twenty cells being allocated and freed (callers copy what they keep).
    if (m_cells < row.cells.size())
        row.cells[m_cells].setUnicode(text, length);
    else
        row.cells.append(QString(text, length));
    QString &cell = row.cells[m_cells];
    if (m_sawNul && cell.contains(QChar(0))) {
        cell.remove(QChar(0));
        row.problems.append({static_cast<int>(m_cells), tr("NUL characters removed from the cell")});
    }
    if (m_sawBad && cell.contains(QChar(QChar::ReplacementCharacter))) {
        row.problems.append({static_cast<int>(m_cells),
                             tr("Some bytes of this cell are not valid %1; they were replaced by �")
                                 .arg(m_encoding)});
    }
    ++m_cells;
}

void CsvReader::addCell(RawRow &row, QString &&text)
{
    addCell(row, text.constData(), text.size());
}

// The state of the record being parsed, kept across the blocks it spans.
struct CsvReader::Record
{
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    QString field;        // the current field when it spans blocks or is quoted
    bool partial = false; // field holds the beginning of the current field
    int quoteLine = 1;
};

bool CsvReader::next(RawRow &row)
{
    row.isDate.clear();
    row.problems.clear();
    m_cells = 0;
    if (!m_error.isEmpty() || !ensureData()) {
        row.cells.clear();
        return false;
    }
    row.row = m_line;
    Record rec;
    rec.quoteLine = m_line;
    for (;;) {
        if (m_pos >= m_buf.size() && !refill()) {
            if (rec.state == Record::State::Quoted)
                return fail(tr("Line %1: a quote opened here is never closed").arg(rec.quoteLine));
            addCell(row, std::move(rec.field)); // last record without a final newline
            return finishRecord(row);
        }
        const QChar *p = m_buf.constData();
        const qsizetype i = m_pos;
        switch (rec.state) {
        case Record::State::FieldStart:
            if (p[i] == QLatin1Char('"')) {
                rec.state = Record::State::Quoted;
                rec.quoteLine = m_line;
                m_pos = i + 1;
            } else {
                rec.state = Record::State::Unquoted;
            }
            break;
        case Record::State::Unquoted:
            switch (scanUnquoted(row, rec)) {
            case Scan::More:
                break;
            case Scan::RecordEnd:
                return finishRecord(row);
            case Scan::Failed:
                return false;
            }
            break;
        case Record::State::Quoted:
            if (!scanQuoted(rec))
                return false;
            break;
        case Record::State::AfterQuote:
            if (p[i] == QLatin1Char('"')) { // a doubled quote stands for one
                rec.field.append(QLatin1Char('"'));
                m_pos = i + 1;
                rec.state = Record::State::Quoted;
            } else {
                // The separator or the end of the line; text after a closing quote ("a"b) is kept.
                rec.state = Record::State::Unquoted;
            }
            break;
        }
    }
}

// Cells beyond this record's count (left from a longer earlier record) are dropped.
bool CsvReader::finishRecord(RawRow &row) const
{
    if (row.cells.size() > m_cells)
        row.cells.resize(m_cells);
    return true;
}

// An unquoted field (or the rest of a quoted one) up to the separator, the end of the line or
// the end of the block.
CsvReader::Scan CsvReader::scanUnquoted(RawRow &row, Record &rec)
{
    const QChar *p = m_buf.constData();
    const qsizetype n = m_buf.size();
    const qsizetype i = m_pos;
    const char16_t sep = m_separator;
    qsizetype j = i;
    while (j < n) {
        const char16_t c = p[j].unicode();
        if (c == sep || c == u'\n' || c == u'\r')
            break;
        ++j;
    }
    if (j == n) {
        rec.field.append(p + i, j - i);
        rec.partial = true;
        m_pos = n;
        if (rec.field.size() > kMaxFieldChars) {
            fail(tr("Line %1: a field is longer than %2 characters").arg(rec.quoteLine).arg(kMaxFieldChars));
            return Scan::Failed;
        }
        return Scan::More;
    }
    if (rec.partial) {
        rec.field.append(p + i, j - i);
        addCell(row, std::move(rec.field));
        rec.field = QString();
        rec.partial = false;
    } else {
        addCell(row, p + i, j - i);
    }
    m_pos = j + 1;
    if (p[j].unicode() == sep) {
        rec.state = Record::State::FieldStart;
        if (m_cells > kMaxCells) {
            fail(tr("Line %1: more than %2 cells in one row").arg(row.row).arg(kMaxCells));
            return Scan::Failed;
        }
        return Scan::More;
    }
    m_skipLF = p[j] == QLatin1Char('\r');
    ++m_line;
    return Scan::RecordEnd;
}

// Inside quotes, up to the closing quote or the end of the block; false when the field grows
// past the limit (a closing quote is missing).
bool CsvReader::scanQuoted(Record &rec)
{
    const QChar *p = m_buf.constData();
    const qsizetype n = m_buf.size();
    qsizetype j = m_pos;
    while (j < n && p[j] != QLatin1Char('"')) {
        if (p[j] == QLatin1Char('\n'))
            ++m_line;
        ++j;
    }
    rec.field.append(p + m_pos, j - m_pos);
    rec.partial = true;
    if (rec.field.size() > kMaxFieldChars)
        return fail(tr("Line %1: a quoted field is longer than %2 characters; is its closing "
                       "quote missing?")
                        .arg(rec.quoteLine).arg(kMaxFieldChars));
    m_pos = j < n ? j + 1 : n;
    if (j < n)
        rec.state = Record::State::AfterQuote;
    return true;
}

} // namespace slimplan
