// Taking the member's photo with the laptop's camera. The machines the tests run on have no
// camera: there the dialog must say so and offer nothing to press; on a machine with one, the
// live picture must start and "Take photo" become available.
#include "AppFixture.h"

#include "widgets/CameraDialog.h"
#include "widgets/PhotoField.h"

#include <catch2/catch.hpp>

#include <QCameraDevice>
#include <QLabel>
#include <QMediaDevices>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace fe;
using namespace fe::test;

// Asking for the devices starts Qt Multimedia's PulseAudio client, whose allocations live as long
// as the process (a Qt singleton): LeakSanitizer is told they are not this program's leaks.
extern "C" const char* __lsan_default_suppressions()
{
    return "leak:libpulse.so\n";
}

TEST_CASE("the camera dialog says when there is no camera, and otherwise shows a live picture")
{
    app::CameraDialog dialog;
    auto* take = dialog.findChild<QPushButton*>(QStringLiteral("cameraTake"));
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("cameraProblem"));
    REQUIRE(take);
    REQUIRE(problem);
    CHECK_FALSE(dialog.windowTitle().isEmpty());
    CHECK(dialog.image().isNull());
    if (QMediaDevices::videoInputs().isEmpty()) {
        CHECK_FALSE(dialog.cameraReady());
        CHECK_FALSE(take->isEnabled());
        CHECK_FALSE(problem->isHidden());
        CHECK(problem->text().contains(QStringLiteral("No camera")));
    } else {
        dialog.show();
        CHECK(QTest::qWaitFor([&] { return take->isEnabled() || !problem->isHidden(); }, 10000));
        CHECK(dialog.cameraReady() == take->isEnabled());
    }
    // Cancel closes it with no picture.
    dialog.reject();
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(dialog.image().isNull());
}

TEST_CASE("a picture from the camera becomes the portrait; no picture changes nothing")
{
    app::PhotoField field;
    auto* camera = field.findChild<QPushButton*>(QStringLiteral("photoCamera"));
    REQUIRE(camera);
    CHECK(camera->text() == QStringLiteral("Take photo…"));
    CHECK(camera->isEnabled());
    QSignalSpy changed(&field, &app::PhotoField::changed);

    // What a webcam delivers: 1280 x 720, landscape.
    QImage frame(1280, 720, QImage::Format_RGB32);
    frame.fill(QColor(180, 150, 120));
    REQUIRE(field.takeImage(frame).isEmpty());
    CHECK(changed.count() == 1);
    const QImage stored = QImage::fromData(field.jpeg(), "JPEG");
    CHECK(stored.size() == QSize(240, 135));
    CHECK(field.jpeg().size() <= Member::kMaxPhotoBytes);

    const QByteArray before = field.jpeg();
    const QString problem = field.takeImage(QImage());
    CHECK_FALSE(problem.isEmpty());
    CHECK(field.jpeg() == before);
    CHECK(changed.count() == 1);
}
