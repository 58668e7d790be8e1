/* fv-chart-table.h — a chart's data as a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fv-session.h"

G_BEGIN_DECLS

#define FV_TYPE_CHART_TABLE (fv_chart_table_get_type ())
G_DECLARE_FINAL_TYPE (FvChartTable, fv_chart_table, FV, CHART_TABLE, GtkWidget)

GtkWidget *fv_chart_table_new       (FvSession     *session,
                                     const FvChart *chart);
char      *fv_chart_table_copy_text (FvChartTable  *self);

G_END_DECLS
