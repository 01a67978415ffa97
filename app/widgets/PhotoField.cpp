#include "widgets/PhotoField.h"

#include "domain/Member.h"
#include "widgets/CameraDialog.h"

#include <QBuffer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace fe {
namespace app {

namespace {

constexpr int kPortraitWidth = 240;
constexpr int kPortraitHeight = 300;
constexpr int kPreviewWidth = 96;
constexpr int kPreviewHeight = 120;
// Larger files are refused before decoding: a camera's 12-megapixel JPEG is 3-8 MB.
constexpr qint64 kMaxSourceBytes = 40 * 1024 * 1024;

} // namespace

PhotoField::PhotoField(QWidget* parent) : QWidget(parent)
{
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("photoPreview"));
    m_preview->setFixedSize(kPreviewWidth, kPreviewHeight);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setWordWrap(true);
    m_choose = new QPushButton;
    m_choose->setObjectName(QStringLiteral("photoChoose"));
    m_camera = new QPushButton;
    m_camera->setObjectName(QStringLiteral("photoCamera"));
    m_remove = new QPushButton;
    m_remove->setObjectName(QStringLiteral("photoRemove"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_camera);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    layout->addLayout(buttons);
    layout->addStretch(1);
    // The row's label shortcut focuses its buddy only if it takes focus at all; ClickFocus keeps
    // this container out of the Tab chain, and the proxy hands the focus to the button.
    setFocusPolicy(Qt::ClickFocus);
    setFocusProxy(m_choose);
    connect(m_choose, &QPushButton::clicked, this, &PhotoField::choose);
    connect(m_camera, &QPushButton::clicked, this, &PhotoField::takeWithCamera);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT changed();
    });
    retranslate(); // shows the preview
}

void PhotoField::setJpeg(const QByteArray& jpeg)
{
    m_jpeg = jpeg;
    showPreview();
}

QByteArray PhotoField::compressedPortrait(const QImage& image)
{
    if (image.isNull())
        return {};
    const QImage portrait =
        image.scaled(kPortraitWidth, kPortraitHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            .convertToFormat(QImage::Format_RGB888);
    // The best quality that fits: faces stay recognisable well below the bound.
    for (int quality = 85; quality >= 30; quality -= 10) {
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(quality);
        writer.setOptimizedWrite(true);
        if (!writer.write(portrait))
            return {};
        if (out.size() <= Member::kMaxPhotoBytes)
            return out;
    }
    return {};
}

QString PhotoField::takeFromFile(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // phones store portraits sideways with an orientation tag
    if (reader.device() && reader.device()->size() > kMaxSourceBytes)
        return tr("The file is too large to be a photo (more than 40 MB).");
    const QImage image = reader.read();
    if (image.isNull())
        return tr("This file cannot be read as an image. Choose a JPEG or PNG photo.");
    return takeImage(image);
}

QString PhotoField::takeImage(const QImage& image)
{
    if (image.isNull())
        return tr("No picture arrived from the camera. Try again, or choose a photo file.");
    const QByteArray jpeg = compressedPortrait(image);
    if (jpeg.isEmpty())
        return tr("The photo could not be made small enough to keep with the record.");
    setJpeg(jpeg);
    Q_EMIT changed();
    return {};
}

void PhotoField::choose()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the member's photo"), folder,
                                                      tr("Images (*.jpg *.jpeg *.png *.bmp *.webp)"));
    if (path.isEmpty())
        return;
    if (const QString problem = takeFromFile(path); !problem.isEmpty())
        Q_EMIT rejected(problem);
}

void PhotoField::takeWithCamera()
{
    CameraDialog camera(this);
    if (camera.exec() != QDialog::Accepted)
        return;
    if (const QString problem = takeImage(camera.image()); !problem.isEmpty())
        Q_EMIT rejected(problem);
}

void PhotoField::showPreview()
{
    QPixmap pixmap;
    if (!m_jpeg.isEmpty() && pixmap.loadFromData(m_jpeg, "JPEG")) {
        m_preview->setPixmap(pixmap.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_preview->setPixmap({});
        m_preview->setText(tr("No photo"));
    }
    m_remove->setEnabled(!m_jpeg.isEmpty());
}

void PhotoField::retranslate()
{
    m_choose->setText(tr("Choose photo…"));
    m_camera->setText(tr("Take photo…"));
    m_remove->setText(tr("Remove photo"));
    m_preview->setAccessibleName(tr("Member's photo"));
    showPreview();
}

} // namespace app
} // namespace fe
