// openTableSources(): which reader a file goes to, by its name and its first bytes, and the
// messages for files no reader takes. Split from importer.cpp, which imports what it opens.
#include "import/importer.h"

#include "import/csvreader.h"
#include "import/jsonreader.h"
#include "import/odsreader.h"
#include "import/xlsreader.h"
#include "import/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace slimplan {

namespace {

// The importer's context, so that the messages keep their translations.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::Importer)
};

QString saveAsAdvice()
{
    return Tr::tr("save it as .xlsx or .csv (UTF-8) and import again");
}

// The first bytes tell a workbook from text whatever the file is called.
enum class Content { Text, Zip, Ole, Json, Unreadable };

Content sniffContent(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Content::Unreadable;
    const QByteArray head = f.read(512);
    if (head.startsWith("PK\x03\x04"))
        return Content::Zip;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Content::Ole;
    QByteArray t = head;
    if (t.startsWith("\xEF\xBB\xBF"))
        t.remove(0, 3);
    t = t.trimmed();
    if (t.startsWith('[') || t.startsWith('{'))
        return Content::Json;
    return Content::Text;
}

} // namespace

std::vector<std::unique_ptr<TableSource>> openTableSources(const QString &path,
                                                           const ImportOptions &opt, QString *error)
{
    std::vector<std::unique_ptr<TableSource>> out;
    auto refuse = [&](const QString &message) {
        if (error)
            *error = message;
        return std::vector<std::unique_ptr<TableSource>>();
    };
    const QFileInfo fi(path);
    if (!fi.exists())
        return refuse(Tr::tr("The file does not exist"));
    if (fi.isDir())
        return refuse(Tr::tr("This is a folder, not a file"));
    QString ext = fi.suffix().toLower();
    const Content content = sniffContent(path);
    if (content == Content::Unreadable)
        return refuse(Tr::tr("Cannot open the file"));
    if (ext.isEmpty()) // no extension: go by the content
        ext = content == Content::Zip ? QStringLiteral("xlsx")
            : content == Content::Ole ? QStringLiteral("xls")
            : content == Content::Json ? QStringLiteral("json") : QStringLiteral("csv");

    if (ext == QLatin1String("csv") || ext == QLatin1String("tsv") || ext == QLatin1String("txt")) {
        if (content == Content::Zip || content == Content::Ole)
            return refuse(Tr::tr("This is an Excel workbook, not a text file, despite its name; "
                                 "rename it to .xlsx, or %1").arg(saveAsAdvice()));
        auto reader = std::make_unique<CsvReader>(path, path);
        reader->setForcedEncoding(opt.forcedEncoding);
        QString err;
        if (!reader->open(&err))
            return refuse(err);
        out.push_back(std::move(reader));
        return out;
    }
    if (ext == QLatin1String("json")) {
        auto reader = std::make_unique<JsonReader>(path, path);
        QString err;
        if (!reader->open(&err))
            return refuse(err);
        out.push_back(std::move(reader));
        return out;
    }
    if (ext == QLatin1String("xlsx") || ext == QLatin1String("xlsm")) {
        if (content != Content::Zip)
            return refuse(Tr::tr("This is not an .xlsx workbook despite its name; %1").arg(saveAsAdvice()));
        return openXlsxSources(path, error);
    }
    if (ext == QLatin1String("xls")) {
        if (content == Content::Zip) // an .xlsx saved under the old name
            return openXlsxSources(path, error);
        return openXlsSources(path, error);
    }
    if (ext == QLatin1String("ods"))
        return openOdsSources(path, error);
    if (ext == QLatin1String("et") || ext == QLatin1String("ett")) {
        return refuse(Tr::tr("This is a WPS Spreadsheets (.et) file; in WPS use 另存为 (Save As) "
                             "and choose .xlsx or .xls, then import that file"));
    }
    if (ext == QLatin1String("numbers") || ext == QLatin1String("xlsb") || ext == QLatin1String("wps")) {
        return refuse(Tr::tr("The .%1 format cannot be read; %2").arg(ext, saveAsAdvice()));
    }
    return refuse(Tr::tr("Unsupported file type .%1; %2").arg(ext, saveAsAdvice()));
}

} // namespace slimplan
