/* fv-timeline-chart.c — events on a time axis, in lanes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A point event is a dot at its date; a period (the 287(g) program, 1996 to
 * 2012) is a bar from its start to its end. A date known only to the month
 * or year is drawn across that month or year, with a hollow dot: the chart
 * does not make up a day.
 *
 * When a lane has more events than its pixels can show apart, they are
 * counted per pixel column and drawn as one bar per column: the cost of a
 * frame follows the width of the chart, not the size of the model.
 */
#include "config.h"

#include <math.h>

#include "fv-format.h"
#include "fv-i18n.h"
#include "fv-timeline-private.h"

/* A tick's label: the year at a year's tick and at January; else the
 * month or the day, with the year where a segment of the axis begins, so
 * that no stretch of it is without one. */
static char *
tick_label (FvTimeUnit unit,
            int        year,
            int        month,
            int        day,
            gboolean   with_year)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (year, month, day, 12, 0, 0);

  if (dt == NULL)
    return g_strdup ("");

  switch (unit)
    {
    case FV_TIME_UNIT_YEAR:
      return fv_format_date_time (dt, FV_TR_C_("date format", "%Y"));
    case FV_TIME_UNIT_MONTH:
      /* January is where a year begins: name the year there. */
      if (month == 1)
        return fv_format_date_time (dt, FV_TR_C_("date format", "%Y"));
      if (with_year)
        /* translators: a short month and its year on a time axis, where
         * the axis begins, as in "Mar 2016"; g_date_time_format() */
        return fv_format_date_time (dt, FV_TR_C_("axis date format", "%Ob %Y"));
      /* translators: a short month on a time axis, as in "Mar"; g_date_time_format() */
      return fv_format_date_time (dt, FV_TR_C_("axis date format", "%Ob"));
    case FV_TIME_UNIT_DAY:
    default:
      if (with_year)
        /* translators: a day and its year on a time axis, where the axis
         * begins, as in "Jan 25, 2017"; g_date_time_format() */
        return fv_format_date_time (dt, FV_TR_C_("axis date format", "%b %-d, %Y"));
      /* translators: a day on a time axis, as in "Jan 25"; g_date_time_format() */
      return fv_format_date_time (dt, FV_TR_C_("axis date format", "%b %-d"));
    }
}

/* Draws LABEL centred at X under the axis, unless it would leave the plot
 * or touch the label before it (which ends at *LABEL_END). Returns whether
 * it did. */
static gboolean
axis_label (FvChartContext *ctx,
            const char     *label,
            double          x,
            double          bottom,
            double         *label_end)
{
  g_autoptr(PangoLayout) layout = fv_chart_text (ctx, label, LABEL_SIZE, FALSE, -1);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (x - w / 2.0 < ctx->plot.x || x + w / 2.0 > ctx->plot.x + ctx->plot.width ||
      x - w / 2.0 < *label_end + 8)
    return FALSE;
  fv_chart_show_text (ctx, layout, x - w / 2.0, bottom + 6, &ctx->style->muted, 1.0);
  *label_end = x + w / 2.0;
  return TRUE;
}

/* Ticks at whole years, months or days, as many as fit 60 pixels apart,
 * in each segment of the axis; and each break drawn as such: the axis
 * line cut by two slanted strokes, and a dashed line up through the
 * lanes, so that no one reads across it. */
static void
draw_axis (FvChartContext *ctx,
           const Scale    *scale,
           double          top,
           double          bottom)
{
  cairo_t *cr = ctx->cr;
  const FvTimeAxis *axis = &scale->axis;
  const FvTimeStep *step = fv_time_axis_step (axis, 60);
  g_autoptr(GArray) ticks = fv_time_axis_ticks (axis, step);
  double label_end = -G_MAXDOUBLE, y = floor (bottom) + 0.5;
  guint t = 0;

  cairo_set_line_width (cr, 1.0 * ctx->style->line_scale);
  fv_chart_set_color (cr, &ctx->style->grid, 1.0);
  for (guint s = 0; s < axis->n_segments; s++)
    {
      cairo_move_to (cr, axis->segments[s].x0, y);
      cairo_line_to (cr, axis->segments[s].x1, y);
    }
  cairo_stroke (cr);

  for (guint s = 1; s < axis->n_segments; s++)
    {
      static const double dash[] = { 3.0, 3.0 };
      double cx = (axis->segments[s - 1].x1 + axis->segments[s].x0) / 2;

      fv_chart_set_color (cr, &ctx->style->muted, 1.0);
      cairo_set_line_width (cr, 1.5 * ctx->style->line_scale);
      for (int k = -1; k <= 1; k += 2)
        {
          cairo_move_to (cr, cx + k * 3.5 - 3, y + 6);
          cairo_line_to (cr, cx + k * 3.5 + 3, y - 6);
        }
      cairo_stroke (cr);

      fv_chart_set_color (cr, &ctx->style->grid, 1.0);
      cairo_set_line_width (cr, 1.0 * ctx->style->line_scale);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_move_to (cr, floor (cx) + 0.5, top);
      cairo_line_to (cr, floor (cx) + 0.5, bottom - 8);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  for (guint s = 0; s < axis->n_segments; s++)
    {
      const FvTimeSegment *segment = &axis->segments[s];
      gboolean any = FALSE, named = FALSE;

      for (; t < ticks->len && g_array_index (ticks, FvTimeTick, t).segment == s; t++)
        {
          const FvTimeTick *tick = &g_array_index (ticks, FvTimeTick, t);
          double x = floor (fv_timeline_scale_x (scale, tick->day)) + 0.5;
          /* The first label shown in a segment names the year, whether or
           * not its tick is the segment's first (which may have no room). */
          gboolean year = step->unit == FV_TIME_UNIT_YEAR ||
                          (step->unit == FV_TIME_UNIT_MONTH && tick->month == 1) || !named;
          g_autofree char *label = tick_label (step->unit, tick->year, tick->month, tick->mday,
                                               year);

          fv_chart_set_color (cr, &ctx->style->grid, 1.0);
          cairo_move_to (cr, x, top);
          cairo_line_to (cr, x, bottom + 4);
          cairo_stroke (cr);
          if (axis_label (ctx, label, x, bottom, &label_end))
            named |= year;
          any = TRUE;
        }

      /* A short segment between breaks may hold no tick: its year, under
       * its middle, says where it is. */
      if (!any)
        {
          double mid = (segment->from_day + segment->to_day) / 2;
          g_autofree char *label = tick_label (FV_TIME_UNIT_YEAR, fv_time_day_year (mid), 1, 1,
                                               FALSE);
          axis_label (ctx, label, (segment->x0 + segment->x1) / 2, bottom, &label_end);
        }
    }
}

static void
draw_dot (FvChartContext *ctx,
          double          x,
          double          y,
          gboolean        hollow,
          gboolean        dashed,
          const FvColor  *color,
          double          alpha)
{
  cairo_t *cr = ctx->cr;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, DOT_RADIUS, 0, 2 * G_PI);
  if (hollow)
    {
      fv_chart_set_color (cr, &ctx->style->background, 1.0);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 2.0 * ctx->style->line_scale);
      fv_chart_set_color (cr, color, alpha);
      cairo_set_dash (cr, fv_chart_placed_dash, dashed ? 2 : 0, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  else
    {
      fv_chart_set_color (cr, color, alpha);
      cairo_fill (cr);
    }
}

static void
draw_ring (FvChartContext *ctx,
           double          x,
           double          y,
           const FvColor  *color,
           gboolean        dashed)
{
  static const double dash[] = { 2.0, 2.0 };
  cairo_t *cr = ctx->cr;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, DOT_RADIUS + 4, 0, 2 * G_PI);
  cairo_set_line_width (cr, 2.0 * ctx->style->line_scale);
  cairo_set_dash (cr, dash, dashed ? 2 : 0, 0);
  fv_chart_set_color (cr, color, 1.0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* Each event drawn apart: a dot or a span, and its title where it fits. */
static void
draw_lane_events (FvChartContext    *ctx,
                  const FvChartLane *lane,
                  const FvLaneData  *lane_data,
                  const Scale       *scale,
                  double             top,
                  double             baseline)
{
  cairo_t *cr = ctx->cr;
  guint max_rows = MAX (0.0, floor ((baseline - DOT_RADIUS - 6 - top) / ROW_HEIGHT));

  for (guint i = 0; i < lane->n_events; i++)
    {
      const FvEvent *event = lane->events[i];
      gboolean selected = ctx->state && g_strcmp0 (ctx->state->selected_id, event->id) == 0;
      gboolean focused = ctx->state && g_strcmp0 (ctx->state->focus_id, event->id) == 0;
      double alpha = fv_chart_is_dimmed (ctx, event->id) ? 0.25 : 1.0;
      gboolean period = event->end.precision != FV_DATE_PRECISION_NONE;
      gboolean exact = event->date.precision == FV_DATE_PRECISION_DAY;
      double start, end, dot_x;
      gboolean fades_in, fades_out;

      fv_timeline_event_x (scale, lane_data, i, event, &start, &end, &dot_x);

      /* Outside the time shown: nothing of it. */
      if (end < scale->x0 || start > scale->x1)
        continue;
      fades_in = start >= scale->x0 - DOT_RADIUS;
      fades_out = end <= scale->x1 + DOT_RADIUS;
      start = MAX (start, scale->x0 - DOT_RADIUS);
      end = MIN (end, scale->x1 + DOT_RADIUS);

      if (period || (!exact && end - start >= 3))
        {
          /* A period, or the month or year a date lies in. */
          double bar_h = period ? 8 : 4;

          cairo_rectangle (cr, start, baseline - bar_h / 2, MAX (end - start, 1.0), bar_h);
          if (period && event->approximate)
            fv_chart_fill_uncertain (ctx, start, end, fades_in, fades_out, 0.85 * alpha);
          else
            {
              fv_chart_set_color (cr, period ? &ctx->style->span : &ctx->style->accent,
                                  (period ? 0.85 : 0.35) * alpha);
              cairo_fill (cr);
            }
          if (period)
            fv_chart_add_mark_days (ctx, event->id, start, baseline - 6, MAX (end - start, 1.0),
                                    12, lane_data->first_days[i],
                                    fv_date_day_after (&event->end), FALSE);
          else
            fv_chart_add_mark (ctx, event->id, start, baseline - 6, MAX (end - start, 1.0), 12);
        }

      /* A period that began before the time shown has its span only. */
      if (!fv_timeline_dot_shown (scale, dot_x))
        continue;
      /* An event without a date, placed by its order: a broken ring. */
      draw_dot (ctx, dot_x, baseline, !exact, event->date.precision == FV_DATE_PRECISION_NONE,
                period ? &ctx->style->span : &ctx->style->accent, alpha);
      fv_chart_add_mark (ctx, event->id, dot_x - DOT_RADIUS - 3, baseline - DOT_RADIUS - 3,
                         2 * DOT_RADIUS + 6, 2 * DOT_RADIUS + 6);
      if (selected)
        draw_ring (ctx, dot_x, baseline, &ctx->style->selection, FALSE);
      if (focused)
        draw_ring (ctx, dot_x, baseline, &ctx->style->text, TRUE);
    }

  /* The titles. When each can have a row of its own, it does: a
   * staircase, which ties each title to its dot beyond doubt (a row to
   * itself always has room). Else they share rows, and a first pass says
   * whether all find room; if not, the top row is kept for the cluster
   * marks of those that do not. Either way the rows spread over the
   * whole height there is, whatever it is: an export (675 px high) lays
   * its titles out as the window's chart (330) does, not stacked in the
   * lower half of its plot under an empty one. */
  {
    guint n_shown = 0, used = 0;
    double room = baseline - DOT_RADIUS - 6 - top;

    for (guint i = 0; i < lane->n_events; i++)
      {
        double start, end, dot_x;

        fv_timeline_event_x (scale, lane_data, i, lane->events[i], &start, &end, &dot_x);
        n_shown += !(end < scale->x0 || start > scale->x1 || !fv_timeline_dot_shown (scale, dot_x));
      }
    if (n_shown == 0)
      return;

    if (n_shown <= max_rows)
      {
        fv_timeline_place_titles (ctx, lane, lane_data, scale, baseline, max_rows,
                                  room / n_shown, 0, TRUE, n_shown, &used,
                                  FALSE);
        return;
      }

    if (fv_timeline_place_titles (ctx, lane, lane_data, scale, baseline, max_rows, ROW_HEIGHT,
                                  0, FALSE, 0, &used, TRUE) > 0)
      /* The top row kept for the counts; with one row alone, the counts
       * have it, and no title lies under them. */
      fv_timeline_place_titles (ctx, lane, lane_data, scale, baseline, MAX (max_rows, 1) - 1,
                                ROW_HEIGHT, MAX (max_rows, 1) - 1, FALSE, 0, &used, FALSE);
    else
      fv_timeline_place_titles (ctx, lane, lane_data, scale, baseline, max_rows,
                                room / MAX (used, 1), MAX (max_rows, 1) - 1,
                                FALSE, 0, &used, FALSE);
  }
}

/* Too many events to draw apart: one bar per pixel column, as tall as the
 * column has events (on a square-root scale, so that one event shows).
 * Each column's events are found by bisection in the lane's sorted days,
 * so a drawing costs the columns' number times the logarithm of the
 * events', whatever their number: 850,000 events in one lane (a 64 MiB
 * model, the largest the loader reads) took 6 ms a drawing when each
 * event was visited. What a search found is counted among the events
 * shown, which only a search makes the drawing visit. */
static void
draw_lane_density (FvChartContext    *ctx,
                   const FvChartLane *lane,
                   const FvLaneData  *lane_data,
                   const Scale       *scale,
                   double             top,
                   double             baseline)
{
  cairo_t *cr = ctx->cr;
  guint n_columns = MAX (1.0, ceil (scale->x1 - scale->x0) + 1);
  g_autofree guint *counts = g_new0 (guint, n_columns);
  g_autofree guint *matches = g_new0 (guint, n_columns);
  g_autofree const char **first = g_new0 (const char *, n_columns);
  GHashTable *found = ctx->state != NULL ? ctx->state->matches : NULL;
  guint max = 1, n = lane->n_events;
  double height = MAX (4.0, baseline - top - 4);
  guint lo = fv_timeline_lower_bound (lane_data->sorted_days, n,
                                      fv_time_axis_day (&scale->axis, scale->x0));

  for (guint c = 0; c < n_columns && lo < n; c++)
    {
      double until = fv_time_axis_day (&scale->axis, scale->x0 + c + 1);
      guint hi = fv_timeline_lower_bound (lane_data->sorted_days, n, until);

      if (hi <= lo)
        continue;
      counts[c] = hi - lo;
      first[c] = lane->events[lane_data->sorted_events[lo]]->id;
      max = MAX (max, counts[c]);
      for (guint i = lo; found != NULL && i < hi; i++)
        matches[c] += g_hash_table_contains (found, lane->events[lane_data->sorted_events[i]]->id);
      lo = hi;
    }

  for (guint c = 0; c < n_columns; c++)
    {
      double h, x = scale->x0 + c;

      if (counts[c] == 0)
        continue;

      h = MAX (2.0, height * sqrt ((double) counts[c] / max));
      cairo_rectangle (cr, x, baseline - h, 1, h);
      fv_chart_add_mark (ctx, first[c], x - 1, baseline - h, 3, h);
    }
  fv_chart_set_color (cr, &ctx->style->accent, found != NULL ? 0.3 : 1.0);
  cairo_fill (cr);

  if (found != NULL)
    {
      for (guint c = 0; c < n_columns; c++)
        if (matches[c] > 0)
          {
            double h = MAX (2.0, height * sqrt ((double) matches[c] / max));
            cairo_rectangle (cr, scale->x0 + c, baseline - h, 1, h);
          }
      fv_chart_set_color (cr, &ctx->style->accent, 1.0);
      cairo_fill (cr);
    }
}

void
fv_timeline_chart_draw (FvChartContext *ctx)
{
  const FvChart *chart = ctx->chart;
  const FvChartData *data = fv_chart_data_get (ctx->model, chart);
  cairo_t *cr = ctx->cr;
  double gutter = 0, lanes_top = ctx->plot.y, lanes_bottom, lane_height;
  guint n_shown, n_rows;
  Scale scale;

  /* As many lanes as the height holds, each a row of its own; the rest are
   * counted in a last row. The work of a drawing is bounded by its pixels,
   * not by lanes × events: a model of 1,000 lanes took seconds a frame. */
  lanes_bottom = ctx->plot.y + ctx->plot.height - AXIS_HEIGHT;
  n_rows = MAX (1.0, floor ((lanes_bottom - lanes_top) / MIN_LANE_HEIGHT));
  n_shown = chart->n_lanes <= n_rows ? chart->n_lanes : MAX (n_rows, 2) - 1;

  /* Lane names in a gutter on the left, as wide as the widest. */
  for (guint l = 0; l < n_shown; l++)
    if (chart->lanes[l].label.original != NULL)
      {
        const char *label = fv_chart_model_text (ctx, &chart->lanes[l].label);
        g_autoptr(PangoLayout) layout = fv_chart_text (ctx, label, LANE_SIZE, TRUE,
                                                       ctx->plot.width * 0.25);
        int w, h;

        pango_layout_get_pixel_size (layout, &w, &h);
        gutter = MAX (gutter, w + 16);
      }

  if (ctx->plot.width - gutter - 16 < 20)
    return;
  fv_timeline_compute_scale (ctx, data, ctx->plot.x + gutter + 8,
                             ctx->plot.x + ctx->plot.width - 8, &scale);
  ctx->axis = scale.axis;
  ctx->has_axis = TRUE;
  if (ctx->layout_only)
    return;

  lane_height = (lanes_bottom - lanes_top) / MAX (n_shown + (n_shown < chart->n_lanes), 1);

  draw_axis (ctx, &scale, lanes_top, lanes_bottom);

  if (n_shown < chart->n_lanes)
    {
      guint n_more = chart->n_lanes - n_shown;
      g_autofree char *text =
        /* translators: the last row of a timeline with more lanes than fit */
        g_strdup_printf (fv_ngettext ("+%u more lane, not drawn at this size",
                                      "+%u more lanes, not drawn at this size", n_more), n_more);
      g_autoptr(PangoLayout) layout = fv_chart_text (ctx, text, LANE_SIZE, FALSE,
                                                     ctx->plot.width);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      fv_chart_show_text (ctx, layout, ctx->plot.x,
                          lanes_top + n_shown * lane_height + (lane_height - h) / 2.0,
                          &ctx->style->muted, 1.0);
    }

  for (guint l = 0; l < n_shown; l++)
    {
      const FvChartLane *lane = &chart->lanes[l];
      double top = lanes_top + l * lane_height;
      double baseline = top + lane_height - 14;

      if (l > 0)
        {
          fv_chart_set_color (cr, &ctx->style->grid, 1.0);
          cairo_set_line_width (cr, 1.0 * ctx->style->line_scale);
          cairo_move_to (cr, ctx->plot.x, floor (top) + 0.5);
          cairo_line_to (cr, ctx->plot.x + ctx->plot.width, floor (top) + 0.5);
          cairo_stroke (cr);
        }

      ctx->lane_name_top = G_MAXDOUBLE;
      if (lane->label.original != NULL)
        {
          const char *label = fv_chart_model_text (ctx, &lane->label);
          g_autoptr(PangoLayout) layout = fv_chart_text (ctx, label, LANE_SIZE, TRUE, gutter - 8);
          int w, h;

          /* Wrapped onto lines in the gutter, up from the lane's dots:
           * the titles above them keep clear of it. */
          pango_layout_get_pixel_size (layout, &w, &h);
          fv_chart_show_text (ctx, layout, ctx->plot.x, baseline - h / 2.0, &ctx->style->muted, 1.0);
          ctx->lane_name_top = baseline - h / 2.0;
          ctx->lane_name_right = ctx->plot.x + w;
        }

      /* Apart, each event shown needs a few pixels of its own. */
      if (fv_timeline_count_shown (&data->lanes[l], lane->n_events, &scale) * 3 <=
          scale.x1 - scale.x0)
        draw_lane_events (ctx, lane, &data->lanes[l], &scale, top + 4, baseline);
      else
        draw_lane_density (ctx, lane, &data->lanes[l], &scale, top + 4, baseline);
    }
}
