// slimplan: the desktop program.
#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SlimPlan"));
    QApplication::setOrganizationName(QStringLiteral("SlimPlan"));
    QLabel label(QStringLiteral("SlimPlan"));
    label.show();
    return app.exec();
}
