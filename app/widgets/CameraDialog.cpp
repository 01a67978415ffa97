#include "widgets/CameraDialog.h"

#include <QCamera>
#include <QDialogButtonBox>
#include <QImageCapture>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace fe {
namespace app {

CameraDialog::CameraDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Take the member's photo"));
    m_viewfinder = new QVideoWidget;
    m_viewfinder->setObjectName(QStringLiteral("cameraViewfinder"));
    m_viewfinder->setMinimumSize(320, 240);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("cameraProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_take = buttons->addButton(tr("&Take photo"), QDialogButtonBox::AcceptRole);
    m_take->setObjectName(QStringLiteral("cameraTake"));
    m_take->setDefault(true);
    m_take->setEnabled(false);
    // Nothing listens to the box's accepted(): the button asks for a picture, and the dialog
    // closes when the picture has arrived (imageCaptured).
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_take, &QPushButton::clicked, this, [this] {
        m_take->setEnabled(false);
        if (m_capture->capture() < 0)
            updateTakeButton();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_viewfinder, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    startCamera();
}

CameraDialog::~CameraDialog()
{
    if (m_camera)
        m_camera->stop();
}

bool CameraDialog::cameraReady() const
{
    return m_camera && m_camera->isActive() && m_camera->error() == QCamera::NoError;
}

void CameraDialog::startCamera()
{
    const QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (device.isNull()) {
        showProblem(tr("No camera was found on this laptop. Close this window and choose a photo file "
                       "instead."));
        return;
    }
    m_session = new QMediaCaptureSession(this);
    m_camera = new QCamera(device, this);
    m_capture = new QImageCapture(this);
    m_session->setCamera(m_camera);
    m_session->setImageCapture(m_capture);
    m_session->setVideoOutput(m_viewfinder);
    connect(m_camera, &QCamera::activeChanged, this, &CameraDialog::updateTakeButton);
    connect(m_capture, &QImageCapture::readyForCaptureChanged, this, &CameraDialog::updateTakeButton);
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error error, const QString&) {
        if (error != QCamera::NoError)
            showProblem(tr("The camera cannot be used (it may be in use by another program). Close this "
                           "window and choose a photo file instead."));
    });
    connect(m_capture, &QImageCapture::errorOccurred, this,
            [this](int, QImageCapture::Error, const QString&) {
                showProblem(tr("The photo could not be taken. Try again, or choose a photo file instead."));
                updateTakeButton();
            });
    connect(m_capture, &QImageCapture::imageCaptured, this, [this](int, const QImage& image) {
        m_image = image;
        accept();
    });
    m_camera->start();
}

void CameraDialog::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(true);
    updateTakeButton();
}

void CameraDialog::updateTakeButton()
{
    m_take->setEnabled(cameraReady() && m_capture && m_capture->isReadyForCapture());
}

} // namespace app
} // namespace fe
