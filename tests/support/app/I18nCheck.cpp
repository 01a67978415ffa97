// fieldenrol_i18n_check: the translation checks CI runs.
//   fieldenrol_i18n_check ts FILE.ts...    every message translated (no unfinished, vanished or
//                                          obsolete entries, no empty plural form) and with the
//                                          same %1/%n placeholders as its source
//   fieldenrol_i18n_check literals DIR...  no user-visible string literal in the sources skips
//                                          tr(): UI setters and constructors given a literal with
//                                          letters (a line may opt out with a "notr" comment)
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

void report(const QString& text)
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[0-9n]"));
    QSet<QString> out;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0).remove(QLatin1Char('L')));
    return out;
}

int checkTs(const QStringList& files)
{
    int problems = 0;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report(QStringLiteral("%1: cannot be read").arg(path));
            ++problems;
            continue;
        }
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QString type;
        bool numerus = false;
        QStringList forms;
        QString translation;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("name"))
                    context = xml.readElementText();
                else if (name == QLatin1String("message")) {
                    numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                    source.clear();
                    forms.clear();
                    translation.clear();
                    type.clear();
                } else if (name == QLatin1String("source"))
                    source = xml.readElementText();
                else if (name == QLatin1String("translation")) {
                    type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!numerus)
                        translation = xml.readElementText();
                } else if (name == QLatin1String("numerusform"))
                    forms.append(xml.readElementText());
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                ++messages;
                const QString where = QStringLiteral("%1: [%2] \"%3\"").arg(path, context, source);
                if (!type.isEmpty()) {
                    report(where + QStringLiteral(": %1").arg(type));
                    ++problems;
                    continue;
                }
                const QStringList texts = numerus ? forms : QStringList{translation};
                if (texts.isEmpty() || texts.contains(QString())) {
                    report(where + QStringLiteral(": not translated"));
                    ++problems;
                    continue;
                }
                for (const QString& t : texts)
                    if (placeholders(t) != placeholders(source)) {
                        report(where + QStringLiteral(": placeholders differ in \"%1\"").arg(t));
                        ++problems;
                    }
            }
        }
        if (xml.hasError()) {
            report(QStringLiteral("%1: %2").arg(path, xml.errorString()));
            ++problems;
        }
        std::printf("%s: %d messages\n", path.toUtf8().constData(), messages);
    }
    return problems == 0 ? 0 : 1;
}

int checkLiterals(const QStringList& folders)
{
    // A UI text setter or widget constructor whose argument is a literal (in any of the ways Qt
    // code writes one) instead of tr(...).
    static const QRegularExpression call(
        QStringLiteral("\\b(setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|"
                       "setTitle|setTabText|setItemText|setLabelText|addItem|addTab|addAction|addMenu|addRow|"
                       "showMessage|setSubTitle|setButtonText|QLabel|QPushButton|QCheckBox|QRadioButton|"
                       "QGroupBox|QAction|QBarSet|information|warning|critical|question|getText|"
                       "getSaveFileName|getOpenFileName|getExistingDirectory)\\s*\\(([^;]*)"));
    static const QRegularExpression literal(
        QStringLiteral("^\\s*(?:[A-Za-z_>.\\-]+\\s*,\\s*)*(?:QStringLiteral|QLatin1String|QLatin1StringView|"
                       "QString::fromUtf8|QString::fromLatin1|u)?\\s*\\(?\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression letter(QStringLiteral("\\p{L}{2,}"));
    int problems = 0;
    int files = 0;
    for (const QString& folder : folders) {
        QDirIterator it(folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            ++files;
            int lineNumber = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNumber;
                if (line.contains(QLatin1String("notr")) || line.trimmed().startsWith(QLatin1String("//")))
                    continue;
                for (auto calls = call.globalMatch(line); calls.hasNext();) {
                    const auto c = calls.next();
                    const auto lit = literal.match(c.captured(2));
                    if (lit.hasMatch() && letter.match(lit.captured(1)).hasMatch()) {
                        report(QStringLiteral("%1:%2: user-visible literal outside tr(): %3")
                                   .arg(path)
                                   .arg(lineNumber)
                                   .arg(line.trimmed()));
                        ++problems;
                    }
                }
            }
        }
    }
    std::printf("%d source files checked, %d problem(s)\n", files, problems);
    return problems == 0 && files > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        report(QStringLiteral("usage: fieldenrol_i18n_check ts FILE... | literals DIR..."));
        return 2;
    }
    const QString mode = args.takeFirst();
    if (mode == QLatin1String("ts"))
        return checkTs(args);
    if (mode == QLatin1String("literals"))
        return checkLiterals(args);
    report(QStringLiteral("unknown mode %1").arg(mode));
    return 2;
}
