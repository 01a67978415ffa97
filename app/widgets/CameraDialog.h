#pragma once

#include <QDialog>
#include <QImage>

class QCamera;
class QImageCapture;
class QLabel;
class QMediaCaptureSession;
class QPushButton;
class QVideoWidget;

namespace fe {
namespace app {

// Takes the member's photo with the laptop's camera: a live picture, "Take photo" (Enter) and
// Cancel. The cameras are looked for only when the dialog opens (that takes a moment, and most
// registrations have no photo); without one, the dialog says so and the operator can choose a
// file instead. The picture taken is handed over as it is: PhotoField makes the portrait.
class CameraDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CameraDialog(QWidget* parent = nullptr);
    ~CameraDialog() override;

    QImage image() const { return m_image; }
    // False when no camera was found, or the camera failed (the dialog shows why).
    bool cameraReady() const;

private:
    void startCamera();
    void showProblem(const QString& message);
    void updateTakeButton();

    QImage m_image;
    QLabel* m_problem = nullptr;
    QVideoWidget* m_viewfinder = nullptr;
    QPushButton* m_take = nullptr;
    QMediaCaptureSession* m_session = nullptr;
    QCamera* m_camera = nullptr;
    QImageCapture* m_capture = nullptr;
};

} // namespace app
} // namespace fe
