#pragma once
// What the .xlsx and .ods sheet sources share: a sheet streamed from one XML part of a zip
// spreadsheet, opened on the first next() and closed at the end or on the first error, with the
// cells merged down over several rows filled in (MergeFill). Each sheet opens the zip on its own,
// so sheets can be read in any order, even at once.

#include "import/mergefill.h"
#include "import/tablesource.h"

#include <QXmlStreamReader>

#include <memory>

namespace slimplan {

class XlsxArchive;
class XlsxPartDevice;

class ZipSheetSource : public TableSource
{
public:
    explicit ZipSheetSource(QString fileName);
    ~ZipSheetSource() override;

    QString fileName() const override { return m_fileName; }
    std::optional<Kind> kindHint() const override;
    bool fromSpreadsheet() const override { return true; }
    QString errorString() const override { return m_error; }

protected:
    enum class State { NotStarted, Reading, Done, Failed };

    // Parses the open part m_device (no namespace processing: names are compared as written).
    void startReading();
    // Records the error and closes the part; false, for `return fail(...)`.
    bool fail(const QString &message);
    // The sheet's end: closes the part; false, as next() returns then.
    bool finish();

    State m_state = State::NotStarted;
    QString m_error;
    MergeFill m_fill;
    // Declared in this order so the part closes before the archive that owns its zip handle.
    std::unique_ptr<XlsxArchive> m_archive;
    std::unique_ptr<XlsxPartDevice> m_device;
    QXmlStreamReader m_xml;

private:
    void close();

    QString m_fileName;
};

} // namespace slimplan
