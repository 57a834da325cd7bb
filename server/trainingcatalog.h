#pragma once

// Static catalogs of the training APIs of modelarts-local: how a flavor of the shared
// FlavorCatalog is shown by T2-11 and in spec.resource.flavor_detail, the preset engines
// (T2-12), the v1 resource specs and AI engines (T1-12, T1-13), and the v1 status codes
// that stand for the v2 phases. No state, no store.

#include "api/jsoncodec.h"
#include "flavorcatalog.h"

#include <QList>
#include <QString>

namespace ma::server::trainingcatalog
{
using api::Json;

// ---------------------------------------------------------------------------------------
// Flavors

/** A public training flavor by id, also the published ".free" variants ("modelarts.p3.large.public.free"). */
const FlavorShape *publicFlavor(const QString &flavorId, bool *isFreeVariant = nullptr);
/** "Computing CPU(8U) instance", "Computing GPU(V100) instance", ... */
QString flavorName(const FlavorShape &shape);
/** flavor_info: {max_num, cpu, gpu?, npu?, memory, disk}. */
Json flavorInfo(const FlavorShape &shape);
/** spec.resource.flavor_detail: {flavor_type, billing, flavor_info}. */
Json flavorDetail(const FlavorShape &shape, const QString &billingCode = QString());
/** One element of T2-11 "flavors". */
Json trainingFlavor(const FlavorShape &shape);

// ---------------------------------------------------------------------------------------
// Engines

struct Engine
{
    QString id;
    QString name;
    QString version;
    bool v1Compatible = false;
    QString runUser;
    QString cpuImage;
    QString gpuImage;
    QString imageVersion;
};

/** The preset AI frameworks of T2-12. */
const QList<Engine> &engines();
/** By engine_id, or by engine_name + engine_version; nullptr when unknown. */
const Engine *findEngine(const QString &id, const QString &name = QString(), const QString &version = QString());
/** One element of T2-12 "items". */
Json engineJson(const Engine &engine);

// ---------------------------------------------------------------------------------------
// v1 (historical API)

struct V1Engine
{
    qint64 id = 0;
    int type = 0;
    QString name;
    QString version;
    QString v2EngineId; // the v2 engine whose banner a simulated job prints
};

/** T1-13 engines; engine_id 1 is the documented default. */
const QList<V1Engine> &v1Engines();
const V1Engine *findV1Engine(qint64 id);

/** T1-12: spec_id n is the n-th public training flavor (spec_id 2 = modelarts.vm.cpu.2u as published). */
const FlavorShape *v1Spec(qint64 specId);
qint64 v1SpecId(const QString &flavorId);
Json v1SpecJson(qint64 specId, const FlavorShape &shape);

/**
 * The v1 status code of a v2 phase: Creating 1 (JOBSTAT_INIT), Pending 7 (WAITING),
 * Running 8, Terminating 9 (KILLING), Completed 10, Failed 11, Terminated 12 (KILLED),
 * Abnormal 14 (LOST); 0 otherwise.
 */
int v1StatusCode(const QString &phase);
} // namespace ma::server::trainingcatalog
