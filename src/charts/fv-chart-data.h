/* fv-chart-data.h — what a chart's drawing needs from all its events, kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-model.h"

G_BEGIN_DECLS

typedef struct
{
  const gint32 *first_days;  /* each event's fv_event_get_first_day(), in the lane's order */
  gint32        first_day;   /* the lane's span, as day numbers: its first day */
  gint32        day_after;   /* and the day after its last; both 0 without events */
} FvLaneData;

typedef struct
{
  FvLaneData      *lanes;      /* one per lane of the chart */
  const FvSource **sources;    /* what the figures and events cite, first cited first */
  guint            n_sources;
} FvChartData;

const FvChartData *fv_chart_data_get (FvModel       *model,
                                      const FvChart *chart);

G_END_DECLS
