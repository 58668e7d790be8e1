/* fv-timeline-titles.c — each event's title on a row above its dot, or counted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A title goes on the lowest row where it covers no other, on one line or
 * else wrapped onto the rows above, never cut short; titles that find no
 * room are left out whole, counted in a cluster mark ("3 events") that
 * opens when clicked, and in the note an export carries. A dry run places without drawing,
 * to learn whether all titles find room.
 */
#include "config.h"

#include <math.h>

#include "fv-i18n.h"
#include "fv-timeline-private.h"

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
 * and wrapped onto as many rows as it needs (-1: on one line, as wide as
 * the chart). FALSE when no row has room; *USED becomes
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

  guint first_row, end_row, n_rows;

  layout = fv_chart_text (ctx, fv_model_event_title (ctx->model, event, ctx->languages), LABEL_SIZE, selected,
                          max_width > 0 ? max_width : scale->x1 - ctx->plot.x);
  pango_layout_get_pixel_size (layout, &w, &h);
  /* On one line, or not at all: the one wrapped at MAX_WIDTH is tried next. */
  if (max_width < 0 && pango_layout_get_line_count (layout) > 1)
    return FALSE;
  /* A wrapped title takes as many rows as its lines need, from row R up. */
  n_rows = MAX (1.0, ceil ((h - 1.0) / pitch));

  first_row = only_row >= 0 ? (guint) only_row : 0;
  end_row = only_row >= 0 ? MIN ((guint) only_row + 1, max_rows) : max_rows;

  for (guint r = first_row; r < end_row && r + n_rows <= max_rows; r++)
    {
      double x = dot_x - 4;
      double y = baseline - DOT_RADIUS - 6 - (r + n_rows) * pitch;
      gboolean clear = TRUE;

      if (x + w > scale->x1 + 8)
        x = MAX (ctx->plot.x, dot_x + 4 - w);
      for (guint k = r; k < r + n_rows; k++)
        clear &= x >= row_end[k] + 8;
      if (!clear)
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
      for (guint k = r; k < r + n_rows; k++)
        row_end[k] = x + w;
      *used = MAX (*used, r + n_rows);
      return TRUE;
    }

  return FALSE;
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
  /* Kept inside the plot, but never over the count before. */
  if (MIN (at, ctx->plot.x + ctx->plot.width - w) < at && *badge_end > -G_MAXDOUBLE)
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

/* The events' titles on ROWS rows PITCH apart above the dots: each on one
 * line where a row has room for it, else wrapped over rows; where no row has room,
 * counted in a cluster mark on row BADGE_ROW (when DRY is FALSE). A STAIRCASE
 * gives each of the N_SHOWN titles a row of its own, the oldest on top.
 * Returns how many found no room, and in *USED how many rows the titles
 * took; DRY draws nothing. */
guint
fv_timeline_place_titles (FvChartContext    *ctx,
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

  /* The rows beside the lane's name begin after it. */
  for (guint r = 0; r < rows; r++)
    row_end[r] = baseline - DOT_RADIUS - 6 - r * pitch > ctx->lane_name_top
                 ? ctx->lane_name_right : -G_MAXDOUBLE;

  for (guint i = 0; i < lane->n_events; i++)
    {
      const FvEvent *event = lane->events[i];
      gboolean selected = ctx->state && g_strcmp0 (ctx->state->selected_id, event->id) == 0;
      double alpha = fv_chart_is_dimmed (ctx, event->id) ? 0.25 : 1.0;
      double start, end, dot_x;

      fv_timeline_event_x (scale, lane_data, i, event, &start, &end, &dot_x);

      if (end < scale->x0 || start > scale->x1 || !fv_timeline_dot_shown (scale, dot_x))
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
      /* Left out whole: the chart says how many (fv-chart.c). */
      ctx->left_out++;
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
        double to = fv_event_get_day_after (event);

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
