#include "widgets/EnterNavigator.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>

namespace fe {
namespace app {

EnterNavigator::EnterNavigator(QObject* parent) : QObject(parent) {}

void EnterNavigator::setFields(const QList<QWidget*>& fields)
{
    for (const auto& f : m_fields)
        if (f)
            f->removeEventFilter(this);
    m_fields.clear();
    for (QWidget* f : fields) {
        m_fields.append(f);
        f->installEventFilter(this);
    }
}

bool EnterNavigator::usable(const QWidget* w) const
{
    return w && w->isEnabled() && w->isVisibleTo(w->window()) && w->focusPolicy() != Qt::NoFocus;
}

bool EnterNavigator::focusFirst()
{
    for (const auto& f : m_fields)
        if (usable(f)) {
            f->setFocus(Qt::TabFocusReason);
            return true;
        }
    return false;
}

bool EnterNavigator::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) ||
        (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    // An open drop-down takes Enter itself: it picks the highlighted entry.
    if (auto* combo = qobject_cast<QComboBox*>(widget); combo && combo->view() && combo->view()->isVisible())
        return false;
    // A button is pressed by Enter, as by Space.
    if (auto* button = qobject_cast<QAbstractButton*>(widget); button && !button->isCheckable()) {
        button->click();
        return true;
    }
    if (!m_fields.contains(widget))
        return false;
    advanceFrom(widget);
    return true;
}

void EnterNavigator::advanceFrom(QWidget* widget)
{
    // Leaving a field closes its list of suggestions.
    if (auto* combo = qobject_cast<QComboBox*>(widget);
        combo && combo->completer() && combo->completer()->popup())
        combo->completer()->popup()->hide();
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        if (m_fields[i] == widget)
            index = i;
    if (index < 0)
        return;
    for (qsizetype i = index + 1; i < m_fields.size(); ++i)
        if (usable(m_fields[i])) {
            m_fields[i]->setFocus(Qt::TabFocusReason);
            return;
        }
    Q_EMIT lastFieldPassed();
}

} // namespace app
} // namespace fe
