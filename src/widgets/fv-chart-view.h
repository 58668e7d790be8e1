/* fv-chart-view.h — a chart of the model, in a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "fv-chart.h"
#include "fv-session.h"

G_BEGIN_DECLS

#define FV_TYPE_CHART_VIEW (fv_chart_view_get_type ())

/* What the keys +, - and 0 and the zoom buttons ask of a timeline. */
typedef enum
{
  FV_CHART_ZOOM_IN,
  FV_CHART_ZOOM_OUT,
  FV_CHART_ZOOM_ALL,
} FvChartZoom;

G_DECLARE_FINAL_TYPE (FvChartView, fv_chart_view, FV, CHART_VIEW, GtkWidget)

GtkWidget     *fv_chart_view_new             (FvSession   *session,
                                              const char  *chart_id);
const FvChart *fv_chart_view_get_chart       (FvChartView *self);
void           fv_chart_view_copy            (FvChartView *self);
void           fv_chart_view_set_title_inset (FvChartView *self,
                                              double       width,
                                              double       height);
gboolean       fv_chart_view_get_title_rect  (FvChartView *self,
                                              FvChartRect *title,
                                              FvChartRect *subtitle);
const FvChartMark *fv_chart_view_get_mark_at (FvChartView *self,
                                              double       x,
                                              double       y);
void           fv_chart_view_set_selected_id (FvChartView *self,
                                              const char  *id);
gboolean       fv_chart_view_can_zoom        (FvChartView *self,
                                              FvChartZoom  zoom);
void           fv_chart_view_zoom            (FvChartView *self,
                                              FvChartZoom  zoom);

G_END_DECLS
