// libFuzzer: api::parseJson on any bytes. A document it accepts must dump and parse again to
// the same value (the desktop stores and re-sends what it decoded).

#include "api/jsoncodec.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ma::api::Json j;
    try
    {
        j = ma::api::parseJson(body);
    }
    catch (const ma::api::DecodeError &)
    {
        return 0;
    }
    const QByteArray dumped = ma::api::dumpJson(j);
    const ma::api::Json again = ma::api::parseJson(dumped);
    // NaN is not JSON, so every value compares equal to itself here.
    if (again != j)
        std::abort();
    return 0;
}
