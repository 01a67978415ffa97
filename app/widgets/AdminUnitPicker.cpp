#include "widgets/AdminUnitPicker.h"

#include "i18n/Labels.h"
#include "validation/Normalise.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>

namespace fe {
namespace app {
namespace {

bool sameName(const QString& a, const QString& b)
{
    return nameSearchKey(a) == nameSearchKey(b);
}

} // namespace

AdminUnitPicker::AdminUnitPicker(QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    auto* completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    connect(lineEdit(), &QLineEdit::textChanged, this, &AdminUnitPicker::onTextEdited);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int) { onTextEdited(); });
}

void AdminUnitPicker::setUnits(const ReferenceData& reference, int level, const QString& parentCode)
{
    const QString keep = m_code;
    m_units = level == 1 ? reference.level(1) : reference.children(level, parentCode);
    const QSignalBlocker block(this);
    const QSignalBlocker blockEdit(lineEdit());
    clear();
    for (const AdminUnit& u : m_units)
        addItem(Labels::adminUnit(u), u.code);
    setCurrentIndex(-1);
    lineEdit()->clear();
    m_code.clear();
    if (!keep.isEmpty())
        setCurrentCode(keep);
    if (m_code != keep)
        Q_EMIT codeChanged(m_code);
}

void AdminUnitPicker::clearUnits()
{
    const QString old = m_code;
    m_units.clear();
    {
        const QSignalBlocker block(this);
        const QSignalBlocker blockEdit(lineEdit());
        clear();
        lineEdit()->clear();
    }
    m_code.clear();
    if (!old.isEmpty())
        Q_EMIT codeChanged(m_code);
}

QString AdminUnitPicker::currentCode() const
{
    return m_code;
}

void AdminUnitPicker::setCurrentCode(const QString& code)
{
    const int index = findData(code);
    {
        const QSignalBlocker block(this);
        const QSignalBlocker blockEdit(lineEdit());
        setCurrentIndex(index);
        if (index < 0)
            lineEdit()->clear();
    }
    const QString old = m_code;
    m_code = index >= 0 ? code : QString();
    if (old != m_code)
        Q_EMIT codeChanged(m_code);
}

void AdminUnitPicker::relabel()
{
    const QSignalBlocker block(this);
    const QSignalBlocker blockEdit(lineEdit());
    for (int i = 0; i < count() && i < m_units.size(); ++i)
        setItemText(i, Labels::adminUnit(m_units[i]));
    const int index = findData(m_code);
    if (index >= 0)
        setCurrentIndex(index);
}

QString AdminUnitPicker::resolve(const QString& text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    for (const AdminUnit& u : m_units)
        if (t == u.code || sameName(t, Labels::adminUnit(u)) || sameName(t, u.nameLatin) ||
            sameName(t, u.nameLocal))
            return u.code;
    return {};
}

void AdminUnitPicker::keyPressEvent(QKeyEvent* event)
{
    // The suggestion list hands Enter on to the field after closing itself (and completing the
    // highlighted entry): that Enter moves on like any other.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !view()->isVisible()) {
        event->accept();
        Q_EMIT returnPressed();
        return;
    }
    QComboBox::keyPressEvent(event);
}

void AdminUnitPicker::onTextEdited()
{
    const QString code = resolve(currentText());
    if (code == m_code)
        return;
    m_code = code;
    Q_EMIT codeChanged(m_code);
}

} // namespace app
} // namespace fe
