/* fv-chart-row.c — one row of a chart's table: an event of a lane, or a figure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GListStore holds GObjects: this is the least one that points at a fact
 * of the model. What its cells say is the table's to work out.
 */
#include "config.h"

#include "fv-chart-row.h"

G_DEFINE_FINAL_TYPE (FvChartRow, fv_chart_row, G_TYPE_OBJECT)

static void
fv_chart_row_class_init (FvChartRowClass *klass)
{
}

static void
fv_chart_row_init (FvChartRow *self)
{
}

FvChartRow *
fv_chart_row_new_event (const FvEvent *event,
                        guint          lane)
{
  FvChartRow *self;

  g_return_val_if_fail (event != NULL, NULL);

  self = g_object_new (FV_TYPE_CHART_ROW, NULL);
  self->event = event;
  self->id = event->id;
  self->lane = lane;
  return self;
}

FvChartRow *
fv_chart_row_new_figure (const FvFigure *figure)
{
  FvChartRow *self;

  g_return_val_if_fail (figure != NULL, NULL);

  self = g_object_new (FV_TYPE_CHART_ROW, NULL);
  self->figure = figure;
  self->id = figure->id;
  return self;
}
