/* fv-chart-csv.h — the data behind a chart, as CSV: one row per mark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fv-model.h"

G_BEGIN_DECLS

char     *fv_chart_csv_new    (FvModel            *model,
                               const FvChart      *chart,
                               const char * const *languages);
gboolean  fv_chart_csv_export (FvModel            *model,
                               const FvChart      *chart,
                               const char * const *languages,
                               const char         *path,
                               GError            **error);

G_END_DECLS
