#include "widgets/HouseholdDelegate.h"

#include "i18n/Labels.h"
#include "models/HouseholdModel.h"

#include <QComboBox>

namespace fe {
namespace app {

QWidget* HouseholdDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    if (index.column() == HouseholdModel::RelationshipColumn) {
        auto* combo = new QComboBox(parent);
        for (Relationship r : Labels::relationships())
            combo->addItem(Labels::relationship(r), toKey(r));
        return combo;
    }
    if (index.column() == HouseholdModel::SexColumn) {
        auto* combo = new QComboBox(parent);
        for (Sex s : Labels::sexes())
            combo->addItem(Labels::sex(s), toKey(s));
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void HouseholdDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(HouseholdModel::KeyRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void HouseholdDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace app
} // namespace fe
