#pragma once
// Confirms what a translation error is: its MQM category (typed, with the
// WMT typology offered as completions), its severity (one key: N, m, M, C,
// as the severity's mnemonic), and the correction. One save is one change
// through the Annotator, so Ctrl+Z takes it back.

#include "annotation.h"
#include "result.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Marginalia {
class Session;
}

namespace Marginalia::Ui {

class MtErrorEditor final : public QDialog
{
    Q_OBJECT

public:
    // `error` is the MT error annotation as stored (one without MT error
    // details starts as Other / Minor).
    MtErrorEditor(Session &session, const Annotation &error, QWidget *parent = nullptr);

    qint64 annotationId() const { return m_original.id; }
    // What the fields say, or why it cannot be saved.
    Result<MtError> mtError() const;
    MqmSeverity severity() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // The edit was kept to be written later (the project file refused it).
    void errorOccurred(const QString &message);

private:
    Session &m_session;
    Annotation m_original;
    QComboBox *m_category = nullptr;
    QButtonGroup *m_severity = nullptr;
    QLineEdit *m_correction = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Marginalia::Ui
