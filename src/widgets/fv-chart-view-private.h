/* fv-chart-view-private.h — what the chart view's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fv-chart-view.c draws and hit-tests; fv-chart-view-keys.c moves
 * between marks; fv-chart-view-zoom.c zooms and pans a timeline.
 */
#pragma once

#include "fv-chart-view.h"
#include "fv-chart-view-state.h"

G_BEGIN_DECLS

#define FV_CHART_VIEW_OVERVIEW_HEIGHT 32

struct _FvChartView
{
  GtkWidget      parent_instance;

  FvSession     *session;
  FvModel       *model;   /* the session's when the view was made */
  char          *chart_id;
  const FvChart *chart;
  char          *selected_id;
  char          *focus_id;
  GHashTable    *matches;
  GArray        *marks;   /* where the last drawing put its marks */

  /* Its zoom and axis: the session's, shared with every view of the chart. */
  FvChartViewState *state;
  double         pointer_x;
  double         drag_from, drag_to;  /* the time shown when a drag began */
  gboolean       drag_in_overview;
  int            drag_edge;           /* of the handle: -1 its left, 1 its right, 0 neither */
  double         drag_start_x;
  double         pinch_from, pinch_to; /* the time shown when a pinch began */
  FvChartRect    handle;              /* the overview's window, where drawn */
  double         inset_width, inset_height; /* the panel's buttons over the chart */
};

void     fv_chart_view_get_chart_state (FvChartView  *self,
                                         FvChartState *state);
void     fv_chart_view_get_style        (FvChartView  *self,
                                         FvChartStyle *style);
gboolean fv_chart_view_has_overview     (FvChartView *self,
                                         int          height);
void     fv_chart_view_activate_mark    (FvChartView *self,
                                         const char  *id);
void     fv_chart_view_add_key_controller (FvChartView *self);
void     fv_chart_view_add_zoom_controllers (FvChartView *self);
gboolean fv_chart_view_zoom_key         (FvChartView     *self,
                                         guint            keyval,
                                         GdkModifierType  state);
gboolean fv_chart_view_zoom_to_mark     (FvChartView       *self,
                                         const FvChartMark *mark);

G_END_DECLS
