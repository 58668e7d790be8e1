/* fv-chart-panel.h — a chart, or its data as a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fv-session.h"

G_BEGIN_DECLS

#define FV_TYPE_CHART_PANEL (fv_chart_panel_get_type ())
G_DECLARE_FINAL_TYPE (FvChartPanel, fv_chart_panel, FV, CHART_PANEL, GtkWidget)

GtkWidget *fv_chart_panel_new      (FvSession     *session,
                                    const FvChart *chart);
guint      fv_chart_panel_fill_box (GtkBox        *box,
                                    FvSession     *session,
                                    FvTab          tab);

G_END_DECLS
