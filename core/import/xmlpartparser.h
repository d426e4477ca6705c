#pragma once
// Streaming one XML part of a zip spreadsheet (.xlsx workbook parts, the .ods manifest) with the
// rule both readers keep: any DTD is refused before the parser reaches content where entities
// would expand, and a broken part gives the device's message (a damaged deflate stream) or the
// parser's.

#include "import/xlsxarchive.h"
#include "import/xlsxpartdevice.h"

#include <QXmlStreamReader>

#include <atomic>
#include <memory>

namespace slimplan {

// Calls handler(xml) on each start element of part; the handler may read on into the element and
// returns false to stop (with *error set). False with *error set when the part fails.
template <typename Handler>
bool parseXmlPart(XlsxArchive &zip, const QString &part,
                  const std::shared_ptr<std::atomic<qint64>> &bytes, QString *error, Handler handler)
{
    std::unique_ptr<XlsxPartDevice> device = zip.openPart(part, bytes, error);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            *error = XlsxPartDevice::dtdError(part);
            return false;
        }
        if (token == QXmlStreamReader::StartElement && !handler(xml))
            return false;
    }
    if (xml.hasError()) {
        *error = device->describeError(xml);
        return false;
    }
    return true;
}

} // namespace slimplan
