// libFuzzer target: arbitrary bytes as an .ods spreadsheet through importFiles().
#include "fuzztarget.h"

static void slimplanFuzzInit() {}
SLIMPLAN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    slimplan::fuzz::checkOutcome(slimplan::fuzz::runImport(bytes, QStringLiteral("ods")));
    return 0;
}
