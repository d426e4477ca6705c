#include "import/xlsextract.h"

#include "import/xlsformulas.h"

#include <QElapsedTimer>
#include <QFile>

#include <freexl.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <tuple>

namespace slimplan::xls {

namespace {

constexpr qint64 kMaxExtractBytes = qint64(768) * 1024 * 1024;
constexpr int kChildSeconds = 120;

// Child side: plain C calls and write(2) only; no Qt, no exit handlers.
class ChildWriter
{
public:
    explicit ChildWriter(int fd) : m_fd(fd) {}
    template<typename T>
    void put(T value) { add(&value, sizeof value); }
    void putText(const char *text)
    {
        const quint32 n = text ? quint32(std::strlen(text)) : 0;
        put(n);
        add(text, n);
    }
    void flush()
    {
        const char *p = m_buf;
        while (m_used > 0) {
            const ssize_t n = ::write(m_fd, p, m_used);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                ::_exit(3);
            p += n;
            m_used -= std::size_t(n);
        }
    }

private:
    void add(const void *data, std::size_t size)
    {
        m_total += size;
        if (m_total > std::size_t(kMaxExtractBytes))
            ::_exit(4);
        const char *p = static_cast<const char *>(data);
        while (size > 0) {
            const std::size_t room = std::min(size, sizeof m_buf - m_used);
            std::memcpy(m_buf + m_used, p, room);
            m_used += room;
            p += room;
            size -= room;
            if (m_used == sizeof m_buf)
                flush();
        }
    }
    int m_fd;
    char m_buf[65536];
    std::size_t m_used = 0;
    std::size_t m_total = 0;
};

// FreeXL allocates every cell a sheet's DIMENSIONS record claims: a file of many sheets claiming
// 65,536 × 256 each would take the machine's memory. The child gets its current data size plus
// kChildExtraMemory; past that FreeXL's allocation fails and the file is refused. (Not under
// AddressSanitizer, whose own reservations count too.)
constexpr unsigned long long kChildExtraMemory = 3ull * 1024 * 1024 * 1024;

void limitChildMemory()
{
#if defined(__SANITIZE_ADDRESS__)
    return;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return;
#endif
#endif
    unsigned long long pages[7] = {};
    FILE *statm = std::fopen("/proc/self/statm", "r");
    if (!statm)
        return;
    const int got = std::fscanf(statm, "%llu %llu %llu %llu %llu %llu", &pages[0], &pages[1],
                                &pages[2], &pages[3], &pages[4], &pages[5]);
    std::fclose(statm);
    if (got != 6)
        return;
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    rlimit limit{};
    if (::getrlimit(RLIMIT_DATA, &limit) != 0)
        return;
    const unsigned long long wanted =
        pages[5] * static_cast<unsigned long long>(pageSize > 0 ? pageSize : 4096) + kChildExtraMemory;
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur <= wanted)
        return;
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min<rlim_t>(wanted, limit.rlim_max);
    ::setrlimit(RLIMIT_DATA, &limit);
}

void writeExtra(ChildWriter &out, const ExtraCell &cell, unsigned r, unsigned short c)
{
    if (cell.kind == ExtraCell::Kind::Text && cell.text.empty())
        return;
    out.put(quint32(r));
    out.put(quint16(c));
    switch (cell.kind) {
    case ExtraCell::Kind::Boolean:
        out.put(kCellBoolean);
        out.put(quint8(cell.number != 0 ? 1 : 0));
        break;
    case ExtraCell::Kind::Number:
        out.put(quint8(FREEXL_CELL_DOUBLE));
        out.put(cell.number);
        break;
    case ExtraCell::Kind::DateSerial:
        out.put(kCellDateSerial);
        out.put(cell.number);
        break;
    case ExtraCell::Kind::Text:
        out.put(quint8(FREEXL_CELL_TEXT));
        out.putText(cell.text.c_str());
        break;
    }
}

// One sheet's cells in row, column order: FreeXL's values, or the scan's where it has one.
// *extra walks the scan's sorted cells along.
void writeSheetCells(ChildWriter &out, const void *handle, unsigned short s, unsigned rows,
                     unsigned short columns, const std::vector<ExtraCell> &extras, std::size_t *extra)
{
    for (unsigned r = 0; r < rows; ++r) {
        for (unsigned short c = 0; c < columns; ++c) {
            while (*extra < extras.size()
                   && std::tie(extras[*extra].sheet, extras[*extra].row, extras[*extra].column)
                          < std::make_tuple(s, r, c))
                ++*extra;
            if (*extra < extras.size() && extras[*extra].sheet == s && extras[*extra].row == r
                && extras[*extra].column == c) {
                writeExtra(out, extras[*extra], r, c);
                continue;
            }
            FreeXL_CellValue v;
            if (freexl_get_cell_value(handle, r, c, &v) != FREEXL_OK) {
                out.put(quint32(r));
                out.put(quint16(c));
                out.put(kCellUnreadable);
                continue;
            }
            const bool isText = v.type == FREEXL_CELL_TEXT || v.type == FREEXL_CELL_SST_TEXT
                                || v.type == FREEXL_CELL_DATE || v.type == FREEXL_CELL_DATETIME
                                || v.type == FREEXL_CELL_TIME;
            if (v.type == FREEXL_CELL_NULL || (isText && (!v.value.text_value || !*v.value.text_value)))
                continue;
            if (!isText && v.type != FREEXL_CELL_INT && v.type != FREEXL_CELL_DOUBLE)
                continue;
            out.put(quint32(r));
            out.put(quint16(c));
            out.put(quint8(v.type));
            if (v.type == FREEXL_CELL_INT)
                out.put(qint32(v.value.int_value));
            else if (v.type == FREEXL_CELL_DOUBLE)
                out.put(v.value.double_value);
            else
                out.putText(v.value.text_value);
        }
    }
}

// The workbook's protection, version, date system and sheet count; the sheets to write.
unsigned writeBookInfo(ChildWriter &out, const void *handle)
{
    unsigned password = 0;
    unsigned version = 0;
    unsigned sheets = 0;
    freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &password);
    freexl_get_info(handle, FREEXL_BIFF_VERSION, &version);
    freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheets);
    if (password == FREEXL_BIFF_OBFUSCATED || sheets > unsigned(kMaxSheets))
        sheets = 0; // refused by the parent anyway
    unsigned dateMode = 0;
    freexl_get_info(handle, FREEXL_BIFF_DATEMODE, &dateMode);
    out.put(quint32(password));
    out.put(quint32(version));
    out.put(quint32(dateMode));
    out.put(quint32(sheets));
    return sheets;
}

// What the scan says of a sheet and FreeXL does not: hidden or not, its merged ranges.
void writeSheetExtras(ChildWriter &out, const SheetExtras &more)
{
    out.put(quint8(more.hidden ? 1 : 0));
    out.put(quint32(more.merges.size()));
    for (const SheetExtras::Merge &m : more.merges) {
        out.put(quint16(m.firstRow));
        out.put(quint16(m.lastRow));
        out.put(quint16(m.firstColumn));
        out.put(quint16(m.lastColumn));
    }
}

[[noreturn]] void childExtract(const char *path, int fd)
{
    // A crash here must end this process quietly: no crash reporter inherited from the parent.
    for (const int sig : {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL})
        ::signal(sig, SIG_DFL);
    limitChildMemory();
    static ChildWriter out(fd);
    // Formula results and TRUE/FALSE, which FreeXL leaves out, take the place of its values.
    // Scanned first: its copy of the file is freed before FreeXL holds the whole workbook.
    std::vector<SheetExtras> sheetExtras;
    const std::vector<ExtraCell> extras = scanExtraCells(path, &sheetExtras);
    const void *handle = nullptr;
    const int rc = freexl_open(path, &handle);
    out.put(qint32(rc));
    if (rc != FREEXL_OK) {
        out.flush();
        ::_exit(0);
    }
    const unsigned sheets = writeBookInfo(out, handle);
    std::size_t extra = 0;
    for (unsigned short s = 0; s < sheets; ++s) {
        const char *name = nullptr;
        out.put(qint32(freexl_get_worksheet_name(handle, s, &name)));
        out.putText(name);
        unsigned rows = 0;
        unsigned short columns = 0;
        int dim = freexl_select_active_worksheet(handle, s);
        if (dim == FREEXL_OK)
            dim = freexl_worksheet_dimensions(handle, &rows, &columns);
        out.put(qint32(dim));
        out.put(quint32(rows));
        out.put(quint32(columns));
        // FreeXL numbers sheets in BOUNDSHEET order, as the scan does.
        static const SheetExtras none;
        writeSheetExtras(out, s < sheetExtras.size() ? sheetExtras[s] : none);
        if (dim == FREEXL_OK && rows <= kMaxRows && columns <= kMaxColumns)
            writeSheetCells(out, handle, s, rows, columns, extras, &extra);
        out.put(kEndOfSheet);
    }
    out.put(kEndMark);
    out.flush();
    // No freexl_close(): the process ends now, and a damaged file may make even that crash.
    ::_exit(0);
}

} // namespace

// Runs childExtract() on path and collects what it writes.
ExtractStatus extract(const QString &path, QByteArray *out)
{
    const QByteArray native = QFile::encodeName(path);
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return ExtractStatus::NoProcess;
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return ExtractStatus::NoProcess;
    }
    if (pid == 0) {
        ::close(fds[0]);
        childExtract(native.constData(), fds[1]);
    }
    ::close(fds[1]);
    ExtractStatus status = ExtractStatus::Done;
    QElapsedTimer clock;
    clock.start();
    char buf[65536];
    for (;;) {
        const qint64 left = qint64(kChildSeconds) * 1000 - clock.elapsed();
        if (left <= 0) {
            status = ExtractStatus::TimedOut;
            break;
        }
        pollfd p{fds[0], POLLIN, 0};
        const int ready = ::poll(&p, 1, int(std::min<qint64>(left, 1000)));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            continue;
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (out->size() + n > kMaxExtractBytes) {
            status = ExtractStatus::TooLarge;
            break;
        }
        out->append(buf, n);
    }
    ::close(fds[0]);
    if (status != ExtractStatus::Done)
        ::kill(pid, SIGKILL);
    int wstatus = 0;
    while (::waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
    }
    if (status != ExtractStatus::Done)
        return status;
    if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 4)
        return ExtractStatus::TooLarge;
    if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0)
        return ExtractStatus::Crashed;
    return ExtractStatus::Done;
}
} // namespace slimplan::xls
