// smtpref-bench-barewindow: the least a Qt Widgets program can do to show a window of the
// main window's size, reporting its first paint as smtpref does (FirstPaintReport). Its
// start-up time and memory are the limits smtpref's are measured against.

#include "firstpaintreport.h"

#include <QApplication>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1280, 800); // MainWindow's size on a first start
    smtpref::FirstPaintReport::watch(&window);
    window.show();
    return QApplication::exec();
}
