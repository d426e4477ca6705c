// slimplan-cli: the headless entry point. Each command lives in its own cmd_*.cpp.
#include "cli/clicommands.h"
#include "util/allocator.h"

#include <QGuiApplication>

namespace {
QtMessageHandler g_defaultHandler = nullptr;

// stderr carries the FILE:SHEET:ROW:COLUMN: lines of the contract; Qt's note about a missing
// XDG_RUNTIME_DIR (usual on servers and CI runners) would be read as one of them.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    g_defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    slimplan::tuneAllocator();
    // The PDF reports paint with QPainter and need a QGuiApplication; a server or a CI runner has
    // no display, so fall back to the offscreen platform unless the caller chose one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(messageHandler);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("slimplan-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SlimPlan"));
    return slimplan::cli::run(QCoreApplication::arguments());
}
