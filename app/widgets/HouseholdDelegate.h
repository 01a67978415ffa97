#pragma once

#include <QStyledItemDelegate>

namespace fe {
namespace app {

// Editors for the household table: a drop-down for relationship and sex, a line edit otherwise.
class HouseholdDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace app
} // namespace fe
