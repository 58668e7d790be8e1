/* fv-chart-measure.c — a chart laid out where nothing shows, for what it asks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same layout as fv_chart_draw()'s (fv-chart.c), on a surface of one
 * pixel, for what the command line, an export and the window ask of it:
 * what was left out, the height its texts need, its time axis, where its
 * title went.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "fv-chart-private.h"

/* A context that lays the chart out where nothing shows. */
static FvChartContext *
scratch_context_new (FvModel            *model,
                     const FvChart      *chart,
                     double              width,
                     double              height,
                     const FvChartStyle *style,
                     const FvChartState *state)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return fv_chart_context_new (cr, model, chart, width, height, style, state);
}

static void
scratch_context_free (FvChartContext *ctx)
{
  cairo_t *cr = ctx->cr;

  fv_chart_context_free (ctx);
  cairo_destroy (cr);
}

/**
 * fv_chart_get_left_out:
 *
 * Lays the chart out at this size as fv_chart_draw() does, where nothing
 * shows: for the command line, which warns of what an export left out.
 *
 * Returns: how many texts (a timeline's titles, a bar's words) had no room
 *   and were left out whole; the drawing says so in a note
 */
guint
fv_chart_get_left_out (FvModel            *model,
                       const FvChart      *chart,
                       double              width,
                       double              height,
                       const FvChartStyle *style,
                       const FvChartState *state)
{
  FvChartContext *ctx;
  guint n;

  g_return_val_if_fail (FV_IS_MODEL (model), 0);
  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (style != NULL, 0);

  ctx = scratch_context_new (model, chart, width, height, style, state);
  fv_chart_render (ctx);
  n = ctx->left_out;
  scratch_context_free (ctx);

  return n;
}

/**
 * fv_chart_get_title_rect:
 * @title: (out): where the title's lines are drawn
 * @subtitle: (out) (optional): the subtitle's; all 0 where it has none
 *
 * Lays the chart's frame out at this size as fv_chart_draw() does: for a
 * view that keeps what it lays over the chart clear of the title.
 *
 * Returns: whether @title was set
 */
gboolean
fv_chart_get_title_rect (FvModel            *model,
                         const FvChart      *chart,
                         double              width,
                         double              height,
                         const FvChartStyle *style,
                         const FvChartState *state,
                         FvChartRect        *title,
                         FvChartRect        *subtitle)
{
  FvChartContext *ctx;

  g_return_val_if_fail (FV_IS_MODEL (model), FALSE);
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  ctx = scratch_context_new (model, chart, width, height, style, state);
  ctx->title_only = TRUE;
  fv_chart_render (ctx);
  *title = ctx->title_rect;
  if (subtitle != NULL)
    *subtitle = ctx->subtitle_rect;
  scratch_context_free (ctx);

  return TRUE;
}

/**
 * fv_chart_get_natural_height:
 * @height: the height the chart would have, had its texts the room
 *
 * For an export whose height the person did not fix: the height at
 * which the chart's titles, subtitle, legend and source line, wrapped at
 * @width, keep their size (a fixed height makes them smaller, down to a
 * floor, to leave the plot at least half of it).
 *
 * Returns: @height, or more where the texts need it
 */
int
fv_chart_get_natural_height (FvModel            *model,
                             const FvChart      *chart,
                             double              width,
                             int                 height,
                             const FvChartStyle *style,
                             const FvChartState *state)
{
  FvChartContext *ctx;
  double needed;

  g_return_val_if_fail (FV_IS_MODEL (model), height);
  g_return_val_if_fail (chart != NULL, height);
  g_return_val_if_fail (style != NULL, height);

  ctx = scratch_context_new (model, chart, width, height, style, state);
  ctx->frame_only = TRUE;
  fv_chart_render (ctx);
  needed = ceil (ctx->frame_height / (1 - FV_CHART_PLOT_SHARE));
  scratch_context_free (ctx);

  return MAX (height, (int) needed);
}

/**
 * fv_chart_get_time_axis:
 * @axis: (out): the time axis a drawing of @chart at this size would have
 *
 * Lays the chart out as far as its axis, without drawing it: for a view
 * that zooms about the pointer when what it last drew is out of date.
 *
 * Returns: whether @chart is a timeline with room for an axis
 */
gboolean
fv_chart_get_time_axis (FvModel            *model,
                        const FvChart      *chart,
                        double              width,
                        double              height,
                        const FvChartStyle *style,
                        const FvChartState *state,
                        FvTimeAxis         *axis)
{
  FvChartContext *ctx;

  g_return_val_if_fail (FV_IS_MODEL (model), FALSE);
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (axis != NULL, FALSE);

  memset (axis, 0, sizeof *axis);
  if (chart->type != FV_CHART_TIMELINE)
    return FALSE;

  ctx = scratch_context_new (model, chart, width, height, style, state);
  ctx->layout_only = TRUE;
  fv_chart_render (ctx);
  if (ctx->has_axis)
    *axis = ctx->axis;
  scratch_context_free (ctx);

  return axis->n_segments > 0;
}
