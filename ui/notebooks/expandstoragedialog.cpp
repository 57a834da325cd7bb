#include "expandstoragedialog.h"

#include "ui_expandstoragedialog.h"

namespace ma::ui
{
ExpandStorageDialog::ExpandStorageDialog(int min, int max, int value, QWidget *parent)
    : NotebookFormDialog(parent)
    , m_ui(std::make_unique<Ui::ExpandStorageDialog>())
{
    m_ui->setupUi(this);
    m_ui->size->setRange(min, max);
    m_ui->size->setValue(value);
    bindForm({ m_ui->size }, m_ui->noteLabel, m_ui->errorLabel, m_ui->buttonBox, tr("Expand"));
}

ExpandStorageDialog::~ExpandStorageDialog() = default;
} // namespace ma::ui
