// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>

// One machine-readable line per figure, collected by scripts/bench into its closing summary so a
// run can be compared with the last one: `FIGURE <name> <value> <unit> baseline=<v> ratio=<v>`.
// Names are stable (for example list.load100k, ui.maxstall); the baseline is measured in the
// same run as the figure.
inline void printFigure(const char *name, double value, const char *unit, double baseline)
{
    std::printf("FIGURE %s %.3f %s baseline=%.3f ratio=%.3f\n", name, value, unit, baseline,
        baseline > 0 ? value / baseline : 0.0);
    std::fflush(stdout);
}
