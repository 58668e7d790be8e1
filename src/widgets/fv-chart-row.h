/* fv-chart-row.h — one row of a chart's table: an event of a lane, or a figure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "fv-model.h"

G_BEGIN_DECLS

#define FV_TYPE_CHART_ROW (fv_chart_row_get_type ())
G_DECLARE_FINAL_TYPE (FvChartRow, fv_chart_row, FV, CHART_ROW, GObject)

/* A record the table reads: the model's facts, which outlive the rows. */
struct _FvChartRow
{
  GObject         parent_instance;
  const char     *id;
  const FvEvent  *event;   /* or */
  const FvFigure *figure;
  guint           lane;
};

FvChartRow *fv_chart_row_new_event  (const FvEvent  *event,
                                     guint           lane);
FvChartRow *fv_chart_row_new_figure (const FvFigure *figure);

G_END_DECLS
