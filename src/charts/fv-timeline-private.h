/* fv-timeline-private.h — what the timeline's layout and its drawing share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fv-timeline-layout.c says where things go (the time scale, which events
 * are in the time shown, where each one is); fv-timeline-titles.c gives
 * each event's title a row above its dot, and draws it there;
 * fv-timeline-chart.c draws the rest: the axis, the lanes, the dots.
 */
#pragma once

#include "fv-chart-data.h"
#include "fv-chart-private.h"
#include "fv-time-axis.h"

G_BEGIN_DECLS

#define AXIS_HEIGHT    24.0
#define LABEL_SIZE     12.0
#define LANE_SIZE      12.0
#define ROW_HEIGHT     17.0
#define MIN_LANE_HEIGHT 28.0
#define DOT_RADIUS     5.0
#define LABEL_MAX      360.0
#define CLUSTER_GAP    40.0  /* titles with no room this close share one cluster mark */

/* The time axis, and the pixels and days it spans. */
typedef struct
{
  FvTimeAxis axis;
  double     t0, t1;  /* days: the first and last shown */
  double     x0, x1;  /* pixels */
} Scale;

static inline double
fv_timeline_scale_x (const Scale *scale,
                     double       t)
{
  return fv_time_axis_x (&scale->axis, t);
}

/* fv-timeline-layout.c */
void     fv_timeline_compute_scale (FvChartContext    *ctx,
                                    const FvChartData *data,
                                    double             x0,
                                    double             x1,
                                    Scale             *scale);
void     fv_timeline_event_x       (const Scale       *scale,
                                    const FvLaneData  *lane_data,
                                    guint              i,
                                    const FvEvent     *event,
                                    double            *start,
                                    double            *end,
                                    double            *dot_x);
gboolean fv_timeline_dot_shown     (const Scale       *scale,
                                    double             dot_x);
guint    fv_timeline_lower_bound   (const gint32      *days,
                                    guint              n,
                                    double             day);
guint    fv_timeline_count_shown   (const FvLaneData  *lane_data,
                                    guint              n,
                                    const Scale       *scale);

/* fv-timeline-titles.c */
guint    fv_timeline_place_titles  (FvChartContext    *ctx,
                                    const FvChartLane *lane,
                                    const FvLaneData  *lane_data,
                                    const Scale       *scale,
                                    double             baseline,
                                    guint              rows,
                                    double             pitch,
                                    guint              badge_row,
                                    gboolean           staircase,
                                    guint              n_shown,
                                    guint             *used,
                                    gboolean           dry);

G_END_DECLS
