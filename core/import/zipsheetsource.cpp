#include "import/zipsheetsource.h"

#include "import/xlsxarchive.h"
#include "import/xlsxpartdevice.h"
#include "import/xlsxreader.h"

namespace slimplan {

ZipSheetSource::ZipSheetSource(QString fileName) : m_fileName(std::move(fileName)) {}

ZipSheetSource::~ZipSheetSource() = default;

std::optional<Kind> ZipSheetSource::kindHint() const
{
    return kindHintFromSheetName(sheetName());
}

void ZipSheetSource::startReading()
{
    m_xml.setNamespaceProcessing(false);
    m_xml.setDevice(m_device.get());
    m_state = State::Reading;
}

bool ZipSheetSource::fail(const QString &message)
{
    m_error = message;
    m_state = State::Failed;
    close();
    return false;
}

bool ZipSheetSource::finish()
{
    m_state = State::Done;
    close();
    return false;
}

void ZipSheetSource::close()
{
    m_xml.setDevice(nullptr);
    m_device.reset();
    m_archive.reset();
}

} // namespace slimplan
