/* fv-chart-csv.h — the data behind a chart, as CSV: one row per mark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fv-model.h"

G_BEGIN_DECLS

/* Whether a row goes into the CSV: FACT is an FvEvent of lane LANE, or an
 * FvFigure (LANE G_MAXUINT). */
typedef gboolean (*FvChartCsvKeep) (gconstpointer fact,
                                    guint         lane,
                                    gpointer      data);

char     *fv_chart_csv_new    (FvModel            *model,
                               const FvChart      *chart,
                               const char * const *languages,
                               FvChartCsvKeep      keep,
                               gpointer            keep_data);
gboolean  fv_chart_csv_export (FvModel            *model,
                               const FvChart      *chart,
                               const char * const *languages,
                               const char         *path,
                               GError            **error);

G_END_DECLS
