// libFuzzer: the PromQL subset parser of modelarts-local on any text. It must answer every
// input with a tree or a Prometheus-style error, never crash or recurse without bound.

#include "server/promql.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ma::server::promql::ParseResult result = ma::server::promql::parse(query);
    (void)result;
    return 0;
}
