#pragma once

#include <QString>

namespace sl {

// 发文字号 (GB/T 9704-2012): the issuing organ's prefix (机关代字), the full year in 〔 〕 and
// the serial without leading zeros followed by 号: documentNumber("X学通", 2026, 3) is
// "X学通〔2026〕3号". An empty prefix gives "〔2026〕3号".
QString documentNumber(const QString& prefix, int year, int serial);

} // namespace sl
