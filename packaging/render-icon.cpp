// SPDX-License-Identifier: MIT
// Build tool: renders the SVG application icon to square PNGs for the hicolor theme.
//   ue-render-icon ICON.svg OUTDIR NAME SIZE...  writes OUTDIR/<SIZE>x<SIZE>/apps/NAME.png
// The icon is paths only, so no font (and no QGuiApplication) is needed.
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: ue-render-icon ICON.svg OUTDIR NAME SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "ue-render-icon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir outDir(args.at(2));
    const QString name = args.at(3);
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            std::fprintf(stderr, "ue-render-icon: bad size %s\n", qPrintable(args.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString subDir = QStringLiteral("%1x%1/apps").arg(size);
        if (!outDir.mkpath(subDir)) {
            std::fprintf(stderr, "ue-render-icon: cannot create %s\n", qPrintable(outDir.filePath(subDir)));
            return 1;
        }
        QSaveFile file(outDir.filePath(subDir + QLatin1Char('/') + name + QStringLiteral(".png")));
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
            std::fprintf(stderr, "ue-render-icon: cannot write %s: %s\n", qPrintable(file.fileName()),
                qPrintable(file.errorString()));
            return 1;
        }
    }
    return 0;
}
