// smtpref-bench-barewindow [--text]: the least a Qt Widgets program can do to show a window
// of the main window's size, reporting its first paint as smtpref does (FirstPaintReport).
// Its start-up time and memory are the limits smtpref's are measured against.
//
// With --text the window also holds a line edit and a label: the least any window showing
// text does, which a bare QWidget never pays for (fontconfig, the font database, shaping).
// It tells how much of the gap to the bare window a window with words in it cannot avoid.

#include "firstpaintreport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1280, 800); // MainWindow's size on a first start
    if (QApplication::arguments().contains(QStringLiteral("--text"))) {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(new QLineEdit(QStringLiteral("530 5.7.0"), &window));
        layout->addWidget(new QLabel(QStringLiteral("Authentication required"), &window), 1);
    }
    smtpref::FirstPaintReport::watch(&window);
    window.show();
    return QApplication::exec();
}
