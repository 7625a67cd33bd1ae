#pragma once

#include "domain/Result.h"

#include <QString>

#include <functional>

class QWidget;

namespace sl {

// Runs long work (a backup, a check of a large database) on a worker thread while the window
// stays responsive and a busy indicator shows what is happening. The work must not touch the
// GUI thread's database connection: it opens its own (one connection per thread).
class BackgroundTask
{
public:
    static Status run(QWidget* parent, const QString& label, const std::function<Status()>& work);
};

} // namespace sl
