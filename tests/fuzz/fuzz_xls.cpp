// libFuzzer target: arbitrary bytes as a .xls ledger (Excel 97–2003) through importFiles().
// FreeXL itself runs in a forked child (core/import/xlsreader.cpp), so its crashes come back as
// refusals; what this target hunts is our side: the pipe format, row assembly, the importer.
#include "fuzztarget.h"

static void slimplanFuzzInit() {}
SLIMPLAN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    slimplan::fuzz::checkOutcome(slimplan::fuzz::runImport(bytes, QStringLiteral("xls")));
    return 0;
}
