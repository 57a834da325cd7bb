// libFuzzer: the typed decoders of api/types. The first byte picks the type, the rest is the
// body. A decode may refuse (DecodeError) but must not crash; what it accepts must encode.

#include "api/types/iam.h"
#include "api/types/network.h"
#include "api/types/notebook.h"
#include "api/types/pool.h"
#include "api/types/training.h"
#include "api/types/trainingv1.h"
#include "api/types/workspace.h"

#include <array>
#include <cstdint>
#include <functional>

using namespace ma::api;

namespace
{
template <typename T> void roundTrip(const Json &j)
{
    try
    {
        const T value = fromJson<T>(j);
        (void)dumpJson(encode(value));
    }
    catch (const DecodeError &)
    {
    }
}

const std::array<std::function<void(const Json &)>, 20> kDecoders = {
    roundTrip<TrainingJob>,
    roundTrip<TrainingJobCreate>,
    roundTrip<TrainingJobSearchRequest>,
    roundTrip<TrainingJobSearchResult>,
    roundTrip<TrainingJobEventList>,
    roundTrip<TrainingMetrics>,
    roundTrip<Pool>,
    roundTrip<PoolList>,
    roundTrip<Notebook>,
    roundTrip<NotebookList>,
    roundTrip<Network>,
    roundTrip<NetworkList>,
    roundTrip<Workspace>,
    roundTrip<WorkspaceList>,
    roundTrip<v1::TrainingJobCreate>,
    roundTrip<v1::TrainingJobList>,
    roundTrip<v1::TrainingJobVersion>,
    roundTrip<IamTokenRequest>,
    roundTrip<IamTokenResponse>,
    [](const Json &j) { (void)v1::expandJsonText(j); },
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    Json j;
    try
    {
        j = parseJson(body);
    }
    catch (const DecodeError &)
    {
        return 0;
    }
    kDecoders[data[0] % kDecoders.size()](j);
    return 0;
}
