#pragma once

#include <QByteArray>
#include <QString>
#include <QWidget>

class QImage;
class QLabel;
class QPushButton;

namespace fe {
namespace app {

// The member's optional portrait on the registration form: a preview with "Choose photo…",
// "Take photo…" (the laptop's camera, CameraDialog) and "Remove". Whatever image the operator picks (JPEG,
// PNG, a phone's camera file turned by its EXIF orientation) is scaled to fit 240 x 300 pixels and compressed
// to a JPEG small enough to travel with the record (Member::kMaxPhotoBytes).
class PhotoField : public QWidget
{
    Q_OBJECT
public:
    explicit PhotoField(QWidget* parent = nullptr);

    QByteArray jpeg() const { return m_jpeg; }
    void setJpeg(const QByteArray& jpeg);
    void clear() { setJpeg({}); }
    // Reads, scales and compresses the image at `path`. On failure the photo is unchanged and the
    // answer says why, in the operator's language.
    QString takeFromFile(const QString& path);
    // The same for a picture already in memory (the camera's).
    QString takeImage(const QImage& image);

    // The portrait as the record will store it; empty when the image cannot be used.
    static QByteArray compressedPortrait(const QImage& image);

    void retranslate();

Q_SIGNALS:
    void changed();
    // A file that could not be used (message for the row's error label).
    void rejected(const QString& message);

private:
    void choose();
    void takeWithCamera();
    void showPreview();

    QByteArray m_jpeg;
    QLabel* m_preview = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_camera = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace app
} // namespace fe
