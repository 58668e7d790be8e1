/* fv-chart-view-state.h — how one chart is viewed: its zoom, axis, table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "fv-chart.h"

G_BEGIN_DECLS

#define FV_TYPE_CHART_VIEW_STATE (fv_chart_view_state_get_type ())

G_DECLARE_FINAL_TYPE (FvChartViewState, fv_chart_view_state, FV, CHART_VIEW_STATE, GObject)

FvChartViewState *fv_chart_view_state_new             (const char       *chart_id);
const char       *fv_chart_view_state_get_chart_id    (FvChartViewState *self);
double            fv_chart_view_state_get_from_day    (FvChartViewState *self);
double            fv_chart_view_state_get_to_day      (FvChartViewState *self);
gboolean          fv_chart_view_state_is_zoomed       (FvChartViewState *self);
void              fv_chart_view_state_show            (FvChartViewState *self,
                                                       FvModel          *model,
                                                       const FvChart    *chart,
                                                       double            from_day,
                                                       double            to_day);
gboolean          fv_chart_view_state_get_linear_axis (FvChartViewState *self);
void              fv_chart_view_state_set_linear_axis (FvChartViewState *self,
                                                       gboolean          linear);
gboolean          fv_chart_view_state_get_table_shown (FvChartViewState *self);
void              fv_chart_view_state_set_table_shown (FvChartViewState *self,
                                                       gboolean          shown);
gboolean          fv_chart_view_state_get_time        (FvChartViewState *self,
                                                       FvChartTime      *time);

G_END_DECLS
