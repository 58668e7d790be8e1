/* fv-chart-data.h — what a chart's drawing needs from all its events, kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-model.h"
#include "fv-time-axis.h"

G_BEGIN_DECLS

typedef struct
{
  const gint32 *first_days;  /* each event's fv_event_get_first_day(), in the lane's order */
  const gint32 *sorted_days; /* the same, in ascending order */
  const guint32 *sorted_events; /* which event each of sorted_days is, as its index */
  gint32        first_day;   /* the lane's span, as day numbers: its first day */
  gint32        day_after;   /* and the day after its last; both 0 without events */
} FvLaneData;

/* The kinds of marks a timeline draws, for its legend. */
typedef enum
{
  FV_CHART_HAS_DAY     = 1 << 0,  /* an event on a known day: a dot */
  FV_CHART_HAS_INEXACT = 1 << 1,  /* one known to its month or year: a hollow dot */
  FV_CHART_HAS_PERIOD  = 1 << 2,  /* a period: a bar */
  FV_CHART_HAS_PLACED  = 1 << 3,  /* one without a date, placed by its order: a hollow dot */
  FV_CHART_HAS_APPROXIMATE_PERIOD = 1 << 4,  /* one of estimated dates: a bar whose ends fade */
} FvChartKinds;

typedef struct
{
  FvLaneData      *lanes;      /* one per lane of the chart */
  const FvSource **sources;    /* what the figures and events cite, first cited first */
  guint            n_sources;
  /* The longest stretches of time without any event, longest first: where
   * a timeline's axis may break. */
  FvTimeGap        gaps[FV_TIME_AXIS_MAX_BREAKS + 2];
  guint            n_gaps;
  FvChartKinds     kinds;
} FvChartData;

const FvChartData *fv_chart_data_get (FvModel       *model,
                                      const FvChart *chart);

G_END_DECLS
