// The member's photo in the app: what PhotoField makes of a chosen file, and where the photo
// shows again (member detail, member card).
#include "AppFixture.h"
#include "SampleData.h"

#include "printing/MemberCardDocument.h"
#include "screens/MemberDetailDialog.h"
#include "shell/MainWindow.h"
#include "widgets/PhotoField.h"
#include "worker/StoreClient.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace fe;
using namespace fe::test;

namespace {

// A noisy image compresses badly: the worst case for the size bound.
QImage noisyImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    quint32 state = 12345;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            state = state * 1664525u + 1013904223u;
            image.setPixel(x, y, state >> 8);
        }
    return image;
}

QByteArray portraitJpeg()
{
    QImage image(240, 300, QImage::Format_RGB32);
    image.fill(QColor(90, 140, 200));
    return app::PhotoField::compressedPortrait(image);
}

} // namespace

TEST_CASE("a chosen image becomes a JPEG portrait within the record's bound")
{
    QTemporaryDir dir;
    app::PhotoField field;
    QSignalSpy changed(&field, &app::PhotoField::changed);

    SECTION("a large landscape photo is scaled to fit 240 x 300, aspect kept")
    {
        const QString file = dir.filePath(QStringLiteral("wide.jpg"));
        REQUIRE(noisyImage(3000, 2000).save(file, "JPEG", 95));
        REQUIRE(field.takeFromFile(file).isEmpty());
        const QImage stored = QImage::fromData(field.jpeg(), "JPEG");
        CHECK(stored.size() == QSize(240, 160));
        CHECK(field.jpeg().size() <= Member::kMaxPhotoBytes); // noise at full size would not fit
        CHECK(changed.count() == 1);
    }
    SECTION("a file that is not an image is refused and the photo stays as it was")
    {
        field.setJpeg(portraitJpeg());
        const QByteArray before = field.jpeg();
        const QString file = dir.filePath(QStringLiteral("notes.jpg"));
        QFile text(file);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("these are not pixels");
        text.close();
        const QString problem = field.takeFromFile(file);
        CHECK(problem == QStringLiteral("This file cannot be read as an image. Choose a JPEG or PNG photo."));
        CHECK(field.jpeg() == before);
        CHECK(changed.count() == 0);
    }
    SECTION("a missing file is refused")
    {
        CHECK_FALSE(field.takeFromFile(dir.filePath(QStringLiteral("gone.png"))).isEmpty());
        CHECK(field.jpeg().isEmpty());
    }
    SECTION("Remove clears it")
    {
        field.setJpeg(portraitJpeg());
        auto* remove = field.findChild<QPushButton*>(QStringLiteral("photoRemove"));
        REQUIRE(remove);
        REQUIRE(remove->isEnabled());
        remove->click();
        CHECK(field.jpeg().isEmpty());
        CHECK_FALSE(remove->isEnabled());
        CHECK(changed.count() == 1);
    }
}

TEST_CASE("the photo shows in the member detail and is printed on the member card")
{
    QUuid id;
    AppFixture fixture(Country::Kenya, [&id](Store& store) {
        Member m = sampleMember(Country::Kenya, 0, store.reference());
        m.photo = portraitJpeg();
        const SaveResult saved = store.registerMember(m, QStringLiteral("t"));
        REQUIRE(saved.ok());
        id = saved.saved->id;
    });
    app::MemberDetailDialog detail(fixture.app().client(), id, &fixture.window());
    detail.show();
    REQUIRE(waitFor([&] { return detail.isLoaded(); }));
    auto* photo = detail.findChild<QLabel*>(QStringLiteral("memberPhoto"));
    REQUIRE(photo);
    CHECK(photo->isVisible());
    CHECK_FALSE(photo->pixmap().isNull());

    const auto member = fixture.inspect()->member(id);
    REQUIRE(member);
    REQUIRE(!member->photo.isEmpty());
    QTemporaryDir out;
    const QString card = out.filePath(QStringLiteral("card.pdf"));
    REQUIRE(app::MemberCardDocument(*member, fixture.app().client().info()).writePdf(card).ok());
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), card});
    REQUIRE(images.waitForFinished(30000));
    REQUIRE(images.exitCode() == 0);
    // The header, a rule, then one line per image: the portrait at its stored size.
    const QStringList lines =
        QString::fromUtf8(images.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    bool portraitFound = false;
    for (const QString& line : lines) {
        const QStringList cols = line.simplified().split(QLatin1Char(' '));
        if (cols.size() > 4 && cols[3] == QStringLiteral("240") && cols[4] == QStringLiteral("300"))
            portraitFound = true;
    }
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(portraitFound);
}
