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
#include <string.h>

#include "fv-chart-data.h"
#include "fv-chart-private.h"
#include "fv-format.h"
#include "fv-i18n.h"
#include "fv-time-axis.h"

#define AXIS_HEIGHT    24.0
#define LABEL_SIZE     12.0
#define LANE_SIZE      12.0
#define ROW_HEIGHT     17.0
#define MAX_PITCH      40.0  /* rows of titles spread this far apart at most */
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

static double
scale_x (const Scale *scale,
         double       t)
{
  return fv_time_axis_x (&scale->axis, t);
}

/* The time a reader chose (a zoom, --from and --to), as it is, on a linear
 * axis; else all the events, with the longest empty stretches left out
 * unless the reader asked for the linear axis. */
static void
compute_scale (FvChartContext    *ctx,
               const FvChartData *data,
               double             x0,
               double             x1,
               Scale             *scale)
{
  double t0 = G_MAXDOUBLE, t1 = -G_MAXDOUBLE;
  const FvTimeSegment *last;

  if (ctx->state != NULL && ctx->state->to_day > ctx->state->from_day)
    fv_time_axis_init_linear (&scale->axis, ctx->state->from_day, ctx->state->to_day, x0, x1);
  else
    {
      /* The lanes' spans, gathered at the first drawing. */
      for (guint l = 0; l < ctx->chart->n_lanes; l++)
        if (ctx->chart->lanes[l].n_events > 0)
          {
            t0 = MIN (t0, data->lanes[l].first_day);
            t1 = MAX (t1, data->lanes[l].day_after);
          }

      if (t0 > t1)
        {
          /* No events: show this year, with nothing on it. */
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();

          t0 = fv_day_number (g_date_time_get_year (now), 1, 1);
          t1 = t0 + 365;
        }
      fv_time_axis_init_fit (&scale->axis, t0, t1, data->gaps, data->n_gaps,
                             ctx->state != NULL && ctx->state->linear_axis, x0, x1);
    }

  last = &scale->axis.segments[scale->axis.n_segments - 1];
  scale->t0 = scale->axis.segments[0].from_day;
  scale->t1 = last->to_day;
  scale->x0 = x0;
  scale->x1 = x1;
}

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
          double x = floor (scale_x (scale, tick->day)) + 0.5;
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
      cairo_stroke (cr);
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

/* Draws TEXT (a LAYOUT of W × H) with its leader line from the dot at
 * DOT_X, on row R, at X. */
static void
draw_label (FvChartContext *ctx,
            PangoLayout    *layout,
            const FvColor  *color,
            double          alpha,
            double          dot_x,
            double          baseline,
            double          x,
            double          y,
            int             w,
            int             h)
{
  cairo_t *cr = ctx->cr;

  fv_chart_set_color (cr, &ctx->style->grid, alpha);
  cairo_set_line_width (cr, 1.0 * ctx->style->line_scale);
  cairo_move_to (cr, floor (dot_x) + 0.5, baseline - DOT_RADIUS - 2);
  cairo_line_to (cr, floor (dot_x) + 0.5, y + h);
  cairo_stroke (cr);

  /* On the chart's background: the year lines pass behind it, not
   * through its letters. */
  fv_chart_set_color (cr, &ctx->style->background, 1.0);
  cairo_rectangle (cr, x - 2, y, w + 4, h);
  cairo_fill (cr);

  fv_chart_show_text (ctx, layout, x, y, color, 1.0);
}

/* The title of EVENT on the lowest row where it covers no other (or on
 * ONLY_ROW when that is not -1), rows PITCH apart, at most MAX_WIDTH wide
 * (-1: as wide as the chart). FALSE when no row has room; *USED becomes
 * at least the rows used. */
static gboolean
place_label (FvChartContext *ctx,
             const FvEvent  *event,
             gboolean        selected,
             double          alpha,
             double          dot_x,
             double          baseline,
             const Scale    *scale,
             double         *row_end,
             guint           max_rows,
             int             only_row,
             double          pitch,
             double          max_width,
             guint          *used,
             gboolean        dry)
{
  g_autoptr(PangoLayout) layout = NULL;
  int w, h;

  layout = fv_chart_text (ctx, fv_chart_model_text (ctx, &event->title), LABEL_SIZE, selected,
                          max_width > 0 ? max_width : scale->x1 - ctx->plot.x);
  pango_layout_get_pixel_size (layout, &w, &h);
  /* Whole, or not at all: the shortened one is tried next. */
  if (max_width < 0 && pango_layout_is_ellipsized (layout))
    return FALSE;

  guint first_row = only_row >= 0 ? (guint) only_row : 0;
  guint end_row = only_row >= 0 ? MIN ((guint) only_row + 1, max_rows) : max_rows;

  for (guint r = first_row; r < end_row; r++)
    {
      double x = dot_x - 4;
      double y = baseline - DOT_RADIUS - 6 - (r + 1) * pitch;

      if (x + w > scale->x1 + 8)
        x = MAX (ctx->plot.x, dot_x + 4 - w);
      if (x < row_end[r] + 8)
        continue;

      /* Dimmed by a search, a label is still text to read: the muted
       * colour (4.5:1 and more), not a faded one. */
      if (!dry)
        {
          draw_label (ctx, layout,
                      selected ? &ctx->style->selection
                      : alpha < 1.0 ? &ctx->style->muted : &ctx->style->text,
                      alpha, dot_x, baseline, x, y, w, h);
          fv_chart_add_mark (ctx, event->id, x, y, w, h);
        }
      row_end[r] = x + w;
      *used = MAX (*used, r + 1);
      return TRUE;
    }

  return FALSE;
}

/* Where event I of a lane spans (START to END) and where its dot is: at
 * the start of a day or a period, in the middle of a month or a year. */
static void
event_x (const Scale      *scale,
         const FvLaneData *lane_data,
         guint             i,
         const FvEvent    *event,
         double           *start,
         double           *end,
         double           *dot_x)
{
  gboolean period = event->end.precision != FV_DATE_PRECISION_NONE;
  gboolean exact = event->date.precision == FV_DATE_PRECISION_DAY;

  *start = scale_x (scale, lane_data->first_days[i]);
  *end = scale_x (scale, fv_date_day_after (period ? &event->end : &event->date));
  *dot_x = exact || period ? *start : (*start + *end) / 2;
}

/* Whether a dot at DOT_X is in the time shown. */
static gboolean
dot_shown (const Scale *scale,
           double       dot_x)
{
  return dot_x >= scale->x0 - DOT_RADIUS && dot_x <= scale->x1 + DOT_RADIUS;
}

/* Where the "+N" of titles with no room goes, from the dot at X0: the top
 * row, which the titles leave to the counts when some have no room, as
 * near X0 as the counts before it allow. FALSE when that is too far from
 * X0 to read as its: the events join the count before. */
static gboolean
reserve_badge (FvChartContext *ctx,
               double          x0,
               double         *badge_end,
               double         *x)
{
  g_autofree char *text = g_strdup_printf (fv_ngettext ("%u event", "%u events", 999), 999);
  g_autoptr(PangoLayout) widest = fv_chart_text (ctx, text, LABEL_SIZE, TRUE, -1);
  double at = MAX (x0 - 4, *badge_end + 8);
  int w;

  pango_layout_get_pixel_size (widest, &w, NULL);
  if (at > x0 + CLUSTER_GAP && *badge_end > -G_MAXDOUBLE)
    return FALSE;
  *x = MIN (at, ctx->plot.x + ctx->plot.width - w);
  *badge_end = *x + w;
  return TRUE;
}

/* The cluster mark ("3 events") of the events IDS, days FROM_DAY to
 * TO_DAY, at the place reserve_badge() kept. */
static void
draw_badge (FvChartContext *ctx,
            GPtrArray      *ids,
            double          from_day,
            double          to_day,
            double          dot_x,
            double          baseline,
            guint           row,
            double          pitch,
            double          x)
{
  /* translators: a mark on a timeline for N events whose titles have no
   * room, which opens when clicked; "3 events" */
  g_autofree char *text = g_strdup_printf (fv_ngettext ("%u event", "%u events", ids->len),
                                           ids->len);
  g_autoptr(PangoLayout) layout = fv_chart_text (ctx, text, LABEL_SIZE, TRUE, -1);
  double y = baseline - DOT_RADIUS - 6 - (row + 1) * pitch;
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  draw_label (ctx, layout, &ctx->style->muted, 1.0, dot_x, baseline, x, y, w, h);

  /* Each of them, found there by pointer and keyboard alike. */
  for (guint i = 0; i < ids->len; i++)
    fv_chart_add_mark_days (ctx, g_ptr_array_index (ids, i), x, y, w, h, from_day, to_day, TRUE);
  g_ptr_array_set_size (ids, 0);
}

/* The events' titles on ROWS rows PITCH apart above the dots: each whole
 * where a row has room for it, else shortened; where no row has room,
 * counted in a cluster mark on row BADGE_ROW (when DRY is FALSE). A STAIRCASE
 * gives each of the N_SHOWN titles a row of its own, the oldest on top.
 * Returns how many found no room, and in *USED how many rows the titles
 * took; DRY draws nothing. */
static guint
place_titles (FvChartContext    *ctx,
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
              gboolean           dry)
{
  guint k = 0;

  g_autofree double *row_end = g_new (double, MAX (rows, 1));
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();  /* ids whose title found no room */
  double pending_x0 = 0, badge_x = 0, badge_end = -G_MAXDOUBLE;
  double pending_from = 0, pending_to = 0;
  guint unplaced = 0;

  for (guint r = 0; r < rows; r++)
    row_end[r] = -G_MAXDOUBLE;

  for (guint i = 0; i < lane->n_events; i++)
    {
      const FvEvent *event = lane->events[i];
      gboolean selected = ctx->state && g_strcmp0 (ctx->state->selected_id, event->id) == 0;
      double alpha = fv_chart_is_dimmed (ctx, event->id) ? 0.25 : 1.0;
      double start, end, dot_x;

      event_x (scale, lane_data, i, event, &start, &end, &dot_x);

      if (end < scale->x0 || start > scale->x1 || !dot_shown (scale, dot_x))
        continue;

      if (staircase)
        {
          int row = n_shown - 1 - MIN (k, n_shown - 1);

          k++;
          if (place_label (ctx, event, selected, alpha, dot_x, baseline, scale, row_end, rows,
                           row, pitch, -1, used, dry) ||
              place_label (ctx, event, selected, alpha, dot_x, baseline, scale, row_end, rows,
                           row, pitch, LABEL_MAX, used, dry))
            continue;
        }
      else if (place_label (ctx, event, selected, alpha, dot_x, baseline, scale, row_end, rows,
                            -1, pitch, -1, used, dry) ||
               place_label (ctx, event, selected, alpha, dot_x, baseline, scale, row_end, rows,
                            -1, pitch, LABEL_MAX, used, dry))
        continue;

      unplaced++;
      if (dry)
        continue;
      /* A new count where the one before is too far to be this title's. */
      if (pending->len == 0 || dot_x - pending_x0 > CLUSTER_GAP)
        {
          double x;

          if (reserve_badge (ctx, dot_x, &badge_end, &x))
            {
              if (pending->len > 0)
                draw_badge (ctx, pending, pending_from, pending_to, pending_x0, baseline,
                            badge_row, pitch, badge_x);
              pending_x0 = dot_x;
              badge_x = x;
            }
        }
      {
        double from = lane_data->first_days[i];
        double to = fv_date_day_after (event->end.precision != FV_DATE_PRECISION_NONE
                                       ? &event->end : &event->date);

        pending_from = pending->len == 0 ? from : MIN (pending_from, from);
        pending_to = pending->len == 0 ? to : MAX (pending_to, to);
      }
      g_ptr_array_add (pending, (gpointer) event->id);
    }

  if (pending->len > 0)
    draw_badge (ctx, pending, pending_from, pending_to, pending_x0, baseline, badge_row, pitch,
                badge_x);

  return unplaced;
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

      event_x (scale, lane_data, i, event, &start, &end, &dot_x);

      /* Outside the time shown: nothing of it. */
      if (end < scale->x0 || start > scale->x1)
        continue;
      start = MAX (start, scale->x0 - DOT_RADIUS);
      end = MIN (end, scale->x1 + DOT_RADIUS);

      if (period || (!exact && end - start >= 3))
        {
          /* A period, or the month or year a date lies in. */
          double bar_h = period ? 8 : 4;

          cairo_rectangle (cr, start, baseline - bar_h / 2, MAX (end - start, 1.0), bar_h);
          fv_chart_set_color (cr, period ? &ctx->style->span : &ctx->style->accent,
                              (period ? 0.85 : 0.35) * alpha);
          cairo_fill (cr);
          if (period)
            fv_chart_add_mark_days (ctx, event->id, start, baseline - 6, MAX (end - start, 1.0),
                                    12, lane_data->first_days[i],
                                    fv_date_day_after (&event->end), FALSE);
          else
            fv_chart_add_mark (ctx, event->id, start, baseline - 6, MAX (end - start, 1.0), 12);
        }

      /* A period that began before the time shown has its span only. */
      if (!dot_shown (scale, dot_x))
        continue;
      draw_dot (ctx, dot_x, baseline, !exact, period ? &ctx->style->span : &ctx->style->accent,
                alpha);
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
   * height there is, up to MAX_PITCH apart, so that a tall chart is not
   * three quarters empty. */
  {
    guint n_shown = 0, used = 0;
    double room = baseline - DOT_RADIUS - 6 - top;

    for (guint i = 0; i < lane->n_events; i++)
      {
        double start, end, dot_x;

        event_x (scale, lane_data, i, lane->events[i], &start, &end, &dot_x);
        n_shown += !(end < scale->x0 || start > scale->x1 || !dot_shown (scale, dot_x));
      }
    if (n_shown == 0)
      return;

    if (n_shown <= max_rows)
      {
        place_titles (ctx, lane, lane_data, scale, baseline, max_rows,
                      MIN (MAX_PITCH, room / n_shown), 0, TRUE, n_shown, &used, FALSE);
        return;
      }

    if (place_titles (ctx, lane, lane_data, scale, baseline, max_rows, ROW_HEIGHT, 0, FALSE, 0,
                      &used, TRUE) > 0 && max_rows >= 2)
      place_titles (ctx, lane, lane_data, scale, baseline, max_rows - 1, ROW_HEIGHT,
                    max_rows - 1, FALSE, 0, &used, FALSE);
    else
      place_titles (ctx, lane, lane_data, scale, baseline, max_rows,
                    MIN (MAX_PITCH, room / MAX (used, 1)), MAX (max_rows, 1) - 1, FALSE, 0,
                    &used, FALSE);
  }
}

/* The first of the N sorted DAYS on or after DAY. */
static guint
lower_bound (const gint32 *days,
             guint         n,
             double        day)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (days[mid] < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
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
  guint lo = lower_bound (lane_data->sorted_days, n, fv_time_axis_day (&scale->axis, scale->x0));

  for (guint c = 0; c < n_columns && lo < n; c++)
    {
      double until = fv_time_axis_day (&scale->axis, scale->x0 + c + 1);
      guint hi = lower_bound (lane_data->sorted_days, n, until);

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

/* How many of a lane's N events begin in the time shown: two bisections. */
static guint
count_shown (const FvLaneData *lane_data,
             guint             n,
             const Scale      *scale)
{
  return lower_bound (lane_data->sorted_days, n, scale->t1) -
         lower_bound (lane_data->sorted_days, n, scale->t0);
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
  compute_scale (ctx, data, ctx->plot.x + gutter + 8, ctx->plot.x + ctx->plot.width - 8, &scale);
  ctx->axis = scale.axis;
  ctx->has_axis = TRUE;
  if (ctx->layout_only)
    return;

  lane_height = (lanes_bottom - lanes_top) / MAX (n_shown + (n_shown < chart->n_lanes), 1);

  draw_axis (ctx, &scale, lanes_top, lanes_bottom);

  if (n_shown < chart->n_lanes)
    {
      guint n_more = chart->n_lanes - n_shown;
      /* translators: the last row of a timeline with more lanes than fit */
      g_autofree char *text = g_strdup_printf (fv_ngettext ("+%u more lane, not drawn at this size",
                                                         "+%u more lanes, not drawn at this size",
                                                         n_more), n_more);
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

      if (lane->label.original != NULL)
        {
          const char *label = fv_chart_model_text (ctx, &lane->label);
          g_autoptr(PangoLayout) layout = fv_chart_text (ctx, label, LANE_SIZE, TRUE, gutter - 8);
          int w, h;

          pango_layout_get_pixel_size (layout, &w, &h);
          fv_chart_show_text (ctx, layout, ctx->plot.x, baseline - h / 2.0, &ctx->style->muted, 1.0);
        }

      /* Apart, each event shown needs a few pixels of its own. */
      if (count_shown (&data->lanes[l], lane->n_events, &scale) * 3 <= scale.x1 - scale.x0)
        draw_lane_events (ctx, lane, &data->lanes[l], &scale, top + 4, baseline);
      else
        draw_lane_density (ctx, lane, &data->lanes[l], &scale, top + 4, baseline);
    }
}
