#include "storecodec.h"

#include <zlib.h>

namespace ma::server::storecodec
{
namespace
{
// Preset dictionaries, version 1. Never edit one: a stored value needs the exact bytes it was
// deflated with. Deflate finds matches nearest the end of a dictionary cheapest, so the most
// common text comes last.

// Keys and usual values of a training job as modelarts-local stores it (with its "_local"
// bookkeeping): rarer variants first, then the layout of a finished v2 job on the public pool.
constexpr char kTrainingJobV1[]
    = R"("version_id":"job_id":"job_name":"job_desc":"version_name":"pool_id":"local","kind":"visualization_job",)"
      R"("annotations":{"os.modelarts/queue.position":"1","os.modelarts/nodes":"modelarts-node-"},"tags":[{"key":)"
      R"("value":"}],"schedule_policy":{"priority":1},"code_dir":"obs://","boot_file":"train.py","parameters":)"
      R"([{"name":"","value":""}],"inputs":[{"name":"data_url","local_dir":"/home/ma-user/modelarts/inputs/",)"
      R"("remote":{"obs":{"obs_url":"obs://"}}}],"outputs":[{"name":"train_url","remote":{"obs":{"obs_url":"obs://"}}}],)"
      R"("engine":{"engine_id":"","engine_name":"PyTorch","engine_version":"pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-)"
      R"(x86_64"},"flavor_id":"modelarts.vm.gpu.t4","flavor_name":"Computing GPU(T4) instance","flavor_type":"GPU",)"
      R"("gpu":{"gpu_num":1,"gpu_type":"NVIDIA-T4","gpu_memory":{"size":16,"unit":"GB"}},"npu":{"npu_num":8,)"
      R"("npu_type":"Ascend-snt9"},"flavor_id":"modelarts.vm.cpu.8u","flavor_name":"Computing CPU(8U) instance",)"
      R"("exec":"local","phase":"Running","secondary_phase":"Running","phase":"Pending","secondary_phase":"Queuing",)"
      R"("phase":"Failed","secondary_phase":"Failed","exit_code":1,"message":"exit with 1","end_reason":"exit with 1",)"
      R"("phase":"Terminated","secondary_phase":"Terminated","end_reason":"job terminated",)"
      R"({"kind":"job","metadata":{"id":"","name":"","description":"","create_time":1700000000000,"workspace_id":"0",)"
      R"("user_name":"admin"},"status":{"duration":60000,"start_time":1700000000000,"node_count_metrics":[[)"
      R"(1700000000000,1],[1700000000000,0]],"tasks":["worker-0"],"phase":"Completed","secondary_phase":"Completed",)"
      R"("running_records":[{"start_at":1700000000,"start_type":"init_or_rescheduled","end_at":1700000000,)"
      R"("end_reason":"job completed"}],"task_statuses":[{"task":"worker-0","exit_code":0,"message":""}]},)"
      R"("algorithm":{"command":"python train.py","engine":{"image_url":"swr."},"environments":{)"
      R"("MA_LOCAL_DURATION_SECONDS":"60"}},"spec":{"resource":{"policy":"regular","flavor_id":"modelarts.vm.cpu.2u",)"
      R"("flavor_name":"Computing CPU(2U) instance","node_count":1,"flavor_detail":{"flavor_type":"CPU","billing":{)"
      R"("code":"modelarts.vm.cpu.2u","unit_num":1},"flavor_info":{"max_num":4,"cpu":{"arch":"x86","core_num":2},)"
      R"("memory":{"size":8,"unit":"GB"},"disk":{"size":50,"unit":"GB"}}}},"log_export_path":{}},"_local":{"created":)"
      R"(1700000000000,"pool":"","flavor":"modelarts.vm.cpu.2u","nodes_needed":1,"priority":1,"workspace":"0",)"
      R"("engine":"","visual":false,"exec":"simulated","run_ms":60000,"exit":0,"factor":1000.0,"auto_stop_ms":0,)"
      R"("tasks":["worker-0"],"start":1700000000000,"end":1700000000000,"duration":60000,"phase":"Completed",)"
      R"("since":1700000000000}})";

// Lifecycle events of a training job as packEvents (store.cpp) lays them out: a time delta,
// then level, source and message, each behind its length.
constexpr char kEventsV1[]
    = "\x04Info\x03K8S\x4a[Job: modelarts-job-] ExecuteAction: Start to execute action TerminateJob"
      "\x05Error\x03Job\x13Training job failed.\x05Error\x04Task\x2a[worker-0] Training finished. Exit code 1."
      "\x04Info\x03Job\x18Training job terminated.\x07Warning\x04Task\x2c[worker-0] Training finished. Exit code 143."
      "\x04Info\x03K8S\x41[Job: modelarts-job-] Scheduled: resources allocated on modelarts-node-0"
      "\x04Info\x03Job\x15Training job created.\x04Info\x03Job\x1cThe training job is queuing."
      "\x04Info\x03K8S\x74[Job: modelarts-job-] Scheduled: resources allocated on the public resource pool"
      "\x04Info\x03K8S\x5d[Pod: modelarts-job--worker-0] Started: Started container"
      "\x04Info\x04Task\x1c[worker-0] training started.\x04Info\x03Job\x18Training job is running."
      "\x04Info\x04Task\x2a[worker-0] Training finished. Exit code 0.\x04Info\x03Job\x17Training job completed.";

// Training log lines, the simulated ones (TrainingSimulator) last.
constexpr char kLogV1[]
    = "Traceback (most recent call last):\n  File \"train.py\", line 142, in <module>\n    main()\n"
      "RuntimeError: simulated failure of task worker-0\n"
      " INFO TensorFlow version: 2.1.0\n INFO Num GPUs Available: 1\n"
      " INFO MindSpore version: 2.2.0, device_target: Ascend\n epoch: 1 step: 100, loss is 0.1234\n"
      " Epoch 1/10 - 100/400 - loss: 0.1234 - accuracy: 0.9876\n"
      " INFO torch version: 2.1.0, device: cuda, device count: 1\n"
      "[ModelArts Service Log][INFO][2026-01-01 00:00:00] modelarts-local: simulated task worker-0 of job \n"
      "[ModelArts Service Log][INFO][2026-01-01 00:00:00] resource: CPU: 2 vCPUs 8GB\n"
      "[ModelArts Service Log][INFO][2026-01-01 00:00:00] training input downloaded, starting the boot file\n"
      "2026-01-01 00:00:00 INFO python 3.9.11, device: CPU\n"
      "2026-01-01 00:00:00 INFO start training: 2 epochs\n"
      "2026-01-01 00:00:00 INFO Epoch [1/2] Step [100/400] loss: 0.1234 accuracy: 98.76% (500.0 samples/s)\n"
      "2026-01-01 00:00:00 INFO training finished, saving the model to the output directory\n"
      "[ModelArts Service Log][INFO][2026-01-01 00:00:00] upload training output finished\n"
      "[ModelArts Service Log]exit with 0\n";

QByteArrayView dictionaryText(unsigned char tag)
{
    switch (static_cast<Dictionary>(tag))
    {
    case Dictionary::TrainingJob:
        return QByteArrayView(kTrainingJobV1, sizeof(kTrainingJobV1) - 1);
    case Dictionary::Events:
        return QByteArrayView(kEventsV1, sizeof(kEventsV1) - 1);
    case Dictionary::Log:
        return QByteArrayView(kLogV1, sizeof(kLogV1) - 1);
    }
    return {};
}

const Bytef *bytef(QByteArrayView v)
{
    return reinterpret_cast<const Bytef *>(v.data());
}

// One deflate and one inflate state per thread, reset between values: initialising zlib
// allocates a few hundred kilobytes, which would cost more than deflating a small document.
struct Deflater
{
    z_stream s {};
    bool ok = false;
    Deflater() { ok = deflateInit2(&s, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK; }
    ~Deflater()
    {
        if (ok)
            deflateEnd(&s);
    }
};

struct Inflater
{
    z_stream s {};
    bool ok = false;
    Inflater() { ok = inflateInit2(&s, -MAX_WBITS) == Z_OK; }
    ~Inflater()
    {
        if (ok)
            inflateEnd(&s);
    }
};
} // namespace

QByteArray pack(Dictionary dictionary, QByteArrayView data)
{
    thread_local Deflater d;
    const QByteArrayView dict = dictionaryText(static_cast<unsigned char>(dictionary));
    if (!d.ok || deflateReset(&d.s) != Z_OK
        || deflateSetDictionary(&d.s, bytef(dict), static_cast<uInt>(dict.size())) != Z_OK)
        return {};
    QByteArray out(1 + static_cast<qsizetype>(deflateBound(&d.s, static_cast<uLong>(data.size()))), Qt::Uninitialized);
    out[0] = static_cast<char>(dictionary);
    d.s.next_in = const_cast<Bytef *>(bytef(data));
    d.s.avail_in = static_cast<uInt>(data.size());
    d.s.next_out = reinterpret_cast<Bytef *>(out.data() + 1);
    d.s.avail_out = static_cast<uInt>(out.size() - 1);
    if (deflate(&d.s, Z_FINISH) != Z_STREAM_END)
        return {};
    out.truncate(1 + static_cast<qsizetype>(d.s.total_out));
    return out;
}

bool isPacked(QByteArrayView bytes)
{
    return !bytes.isEmpty() && !dictionaryText(static_cast<unsigned char>(bytes.front())).isEmpty();
}

std::optional<QByteArray> unpack(QByteArrayView bytes)
{
    if (!isPacked(bytes))
        return std::nullopt;
    thread_local Inflater f;
    const QByteArrayView dict = dictionaryText(static_cast<unsigned char>(bytes.front()));
    if (!f.ok || inflateReset(&f.s) != Z_OK
        || inflateSetDictionary(&f.s, bytef(dict), static_cast<uInt>(dict.size())) != Z_OK)
        return std::nullopt;
    const QByteArrayView in = bytes.sliced(1);
    f.s.next_in = const_cast<Bytef *>(bytef(in));
    f.s.avail_in = static_cast<uInt>(in.size());
    QByteArray out(std::max<qsizetype>(256, in.size() * 4), Qt::Uninitialized);
    qsizetype produced = 0;
    for (;;)
    {
        f.s.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        f.s.avail_out = static_cast<uInt>(out.size() - produced);
        const int rc = inflate(&f.s, Z_NO_FLUSH);
        produced = out.size() - static_cast<qsizetype>(f.s.avail_out);
        if (rc == Z_STREAM_END)
            break;
        if (rc != Z_OK && rc != Z_BUF_ERROR)
            return std::nullopt;
        if (f.s.avail_out > 0) // no progress with room left: the input is cut short
            return std::nullopt;
        out.resize(out.size() * 2);
    }
    out.truncate(produced);
    return out;
}

void putVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80)
    {
        out.append(static_cast<char>((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(static_cast<char>(value));
}

void putSignedVarint(QByteArray &out, qint64 value)
{
    putVarint(out, (static_cast<quint64>(value) << 1) ^ static_cast<quint64>(value >> 63));
}

void putBytes(QByteArray &out, QByteArrayView bytes)
{
    putVarint(out, static_cast<quint64>(bytes.size()));
    out.append(bytes);
}

quint64 Reader::varint()
{
    quint64 value = 0;
    for (int shift = 0; shift < 64; shift += 7)
    {
        if (m_pos >= m_bytes.size())
            break;
        const auto byte = static_cast<unsigned char>(m_bytes[m_pos++]);
        value |= static_cast<quint64>(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0)
            return value;
    }
    m_failed = true;
    return 0;
}

qint64 Reader::signedVarint()
{
    const quint64 v = varint();
    return static_cast<qint64>(v >> 1) ^ -static_cast<qint64>(v & 1);
}

QByteArrayView Reader::bytes()
{
    const quint64 size = varint();
    if (m_failed || size > static_cast<quint64>(m_bytes.size() - m_pos))
    {
        m_failed = true;
        return {};
    }
    const QByteArrayView out = m_bytes.sliced(m_pos, static_cast<qsizetype>(size));
    m_pos += static_cast<qsizetype>(size);
    return out;
}
} // namespace ma::server::storecodec
