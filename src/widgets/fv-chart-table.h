/* fv-chart-table.h — a chart's data as a table, and a chart that can be one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fv-session.h"

G_BEGIN_DECLS

#define FV_TYPE_CHART_TABLE (fv_chart_table_get_type ())
G_DECLARE_FINAL_TYPE (FvChartTable, fv_chart_table, FV, CHART_TABLE, GtkWidget)

#define FV_TYPE_CHART_PANEL (fv_chart_panel_get_type ())
G_DECLARE_FINAL_TYPE (FvChartPanel, fv_chart_panel, FV, CHART_PANEL, GtkWidget)

GtkWidget     *fv_chart_table_new             (FvSession     *session,
                                               const FvChart *chart);
GtkColumnView *fv_chart_table_get_view        (FvChartTable  *self);
char          *fv_chart_table_copy_text       (FvChartTable  *self);

GtkWidget     *fv_chart_panel_new             (FvSession     *session,
                                               const FvChart *chart);
GtkWidget     *fv_chart_panel_get_chart_view  (FvChartPanel  *self);
GtkWidget     *fv_chart_panel_get_table       (FvChartPanel  *self);
void           fv_chart_panel_set_table_shown (FvChartPanel  *self,
                                               gboolean       shown);
gboolean       fv_chart_panel_get_table_shown (FvChartPanel  *self);
guint          fv_chart_panel_fill_box        (GtkBox        *box,
                                               FvSession     *session,
                                               FvTab          tab);

G_END_DECLS
