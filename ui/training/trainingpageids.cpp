#include "trainingpageids.h"

#include <QCoreApplication>

namespace ma::ui
{
ResourceNoun trainingJobNoun()
{
    return { QCoreApplication::translate("Training", "training job"),
        QCoreApplication::translate("Training", "training jobs") };
}
} // namespace ma::ui
