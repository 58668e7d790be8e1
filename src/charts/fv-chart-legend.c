/* fv-chart-legend.c — the key under a chart's plot: what each colour and shape means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reader of an exported chart has no tooltip to ask, so every colour or
 * shape that carries a meaning is named under the plot, in the image (on
 * the source line's row where both fit, fv-chart.c decides): on
 * a timeline a dot (an event on its day), a hollow dot (a date known only
 * to its month or year), a bar (a period), a bar whose ends fade (a
 * period of estimated dates) and the selection's ring; on a
 * bar chart, the colour of each population its bars count. Only what the
 * chart draws is named. Lanes are named in the timeline's gutter and share
 * their colours, so they need no key.
 */
#include "config.h"

#include <math.h>

#include "fv-chart-data.h"
#include "fv-chart-private.h"
#include "fv-i18n.h"

#define KEY_SIZE    11.0
#define SYMBOL      22.0  /* the symbol's room, before its words */
#define ENTRY_GAP   18.0
#define LINE_GAP    4.0
#define MARK_RADIUS 5.0   /* as a timeline's dot */

typedef enum
{
  SYMBOL_DOT,
  SYMBOL_HOLLOW,
  SYMBOL_PLACED,
  SYMBOL_PERIOD,
  SYMBOL_APPROXIMATE_PERIOD,
  SYMBOL_RING,
  SYMBOL_SWATCH,
} Symbol;

typedef struct
{
  Symbol         symbol;
  const FvColor *color;
  const char    *text;
} Entry;

/* Whether the bars count more than one population, and no more than the
 * chart has colours for: two. */
static guint
n_populations (FvChartContext *ctx)
{
  const FvChart *chart = ctx->chart;
  const char *first = NULL, *second = NULL;

  for (guint i = 0; i < chart->n_figures; i++)
    {
      const char *population = fv_chart_model_text (ctx, &chart->figures[i]->population);

      if (population == NULL)
        return 0;
      if (first == NULL || g_str_equal (first, population))
        first = population;
      else if (second == NULL || g_str_equal (second, population))
        second = population;
      else
        return 0;
    }

  return second != NULL ? 2 : 1;
}

/**
 * fv_chart_figure_color:
 *
 * Returns: the colour of bar @i: the accent, or the second colour for the
 *   second of two populations the bars count
 */
const double fv_chart_placed_dash[2] = { 2.5, 2.0 };

const FvColor *
fv_chart_figure_color (FvChartContext *ctx,
                       guint           i)
{
  const FvChart *chart = ctx->chart;
  const char *first, *population;

  g_assert (i < chart->n_figures);

  if (n_populations (ctx) != 2)
    return &ctx->style->accent;
  first = fv_chart_model_text (ctx, &chart->figures[0]->population);
  population = fv_chart_model_text (ctx, &chart->figures[i]->population);
  return g_str_equal (first, population) ? &ctx->style->accent : &ctx->style->span;
}

static gboolean
selection_in_chart (FvChartContext *ctx)
{
  const FvChart *chart = ctx->chart;
  const char *id = ctx->state != NULL ? ctx->state->selected_id : NULL;
  const FvEvent *event;

  if (id == NULL)
    return FALSE;
  for (guint i = 0; i < chart->n_figures; i++)
    if (g_str_equal (chart->figures[i]->id, id))
      return TRUE;
  /* Pointers compared, not ids: a walk of a large chart's events costs
   * little, and only while something is selected. */
  if ((event = fv_model_lookup_event (ctx->model, id)) == NULL)
    return FALSE;
  for (guint l = 0; l < chart->n_lanes; l++)
    for (guint i = 0; i < chart->lanes[l].n_events; i++)
      if (chart->lanes[l].events[i] == event)
        return TRUE;
  return FALSE;
}

static guint
collect_entries (FvChartContext *ctx,
                 Entry          *entries)
{
  const FvChart *chart = ctx->chart;
  guint n = 0;

  if (chart->type == FV_CHART_TIMELINE)
    {
      const FvChartData *data = fv_chart_data_get (ctx->model, chart);

      if (data->kinds & FV_CHART_HAS_DAY)
        /* translators: in a timeline's legend, beside a dot */
        entries[n++] = (Entry) { SYMBOL_DOT, &ctx->style->accent, FV_TR_("Event") };
      if (data->kinds & FV_CHART_HAS_INEXACT)
        /* translators: in a timeline's legend, beside a hollow dot drawn
         * across the month or year an event's date is known to */
        entries[n++] = (Entry) { SYMBOL_HOLLOW, &ctx->style->accent,
                                 FV_TR_("Date known to the month or year") };
      if (data->kinds & FV_CHART_HAS_PLACED)
        /* translators: in a timeline's legend, beside a hollow dot drawn
         * across the time between two events, for an event the story
         * places between them without a date */
        entries[n++] = (Entry) { SYMBOL_PLACED, &ctx->style->accent,
                                 FV_TR_("No date: placed between the events around it") };
      if (data->kinds & FV_CHART_HAS_PERIOD)
        /* translators: in a timeline's legend, beside a bar from a start to an end */
        entries[n++] = (Entry) { SYMBOL_PERIOD, &ctx->style->span, FV_TR_("Period") };
      if (data->kinds & FV_CHART_HAS_APPROXIMATE_PERIOD)
        /* translators: in a timeline's legend, beside a bar whose ends
         * fade out: a period whose dates are estimates */
        entries[n++] = (Entry) { SYMBOL_APPROXIMATE_PERIOD, &ctx->style->span,
                                 FV_TR_("Period of estimated dates") };
    }
  else if (n_populations (ctx) == 2)
    {
      entries[n++] = (Entry) { SYMBOL_SWATCH, &ctx->style->accent,
                               fv_chart_model_text (ctx, &chart->figures[0]->population) };
      for (guint i = 1; i < chart->n_figures && n < 2; i++)
        if (fv_chart_figure_color (ctx, i) != &ctx->style->accent)
          entries[n++] = (Entry) { SYMBOL_SWATCH, &ctx->style->span,
                                   fv_chart_model_text (ctx, &chart->figures[i]->population) };
    }

  if (n > 0 && selection_in_chart (ctx))
    /* translators: in a chart's legend, beside the ring of the selected mark */
    entries[n++] = (Entry) { SYMBOL_RING, &ctx->style->selection, FV_TR_("Selected") };

  return n;
}

static void
draw_symbol (FvChartContext *ctx,
             const Entry    *entry,
             double          x,
             double          cy)
{
  cairo_t *cr = ctx->cr;
  double cx = x + 8;

  cairo_new_path (cr);
  switch (entry->symbol)
    {
    case SYMBOL_DOT:
      cairo_arc (cr, cx, cy, MARK_RADIUS, 0, 2 * G_PI);
      fv_chart_set_color (cr, entry->color, 1.0);
      cairo_fill (cr);
      break;
    case SYMBOL_HOLLOW:
    case SYMBOL_PLACED:
      cairo_rectangle (cr, x, cy - 2, 16, 4);
      fv_chart_set_color (cr, entry->color, 0.35);
      cairo_fill (cr);
      cairo_arc (cr, cx, cy, MARK_RADIUS, 0, 2 * G_PI);
      fv_chart_set_color (cr, &ctx->style->background, 1.0);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 2.0 * ctx->style->line_scale);
      fv_chart_set_color (cr, entry->color, 1.0);
      cairo_set_dash (cr, fv_chart_placed_dash, entry->symbol == SYMBOL_PLACED ? 2 : 0, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    case SYMBOL_PERIOD:
      cairo_rectangle (cr, x, cy - 4, 16, 8);
      fv_chart_set_color (cr, entry->color, 0.85);
      cairo_fill (cr);
      break;
    case SYMBOL_APPROXIMATE_PERIOD:
      cairo_rectangle (cr, x - 2, cy - 4, 20, 8);
      fv_chart_fill_uncertain (ctx, x - 2, x + 18, TRUE, TRUE, 0.85);
      break;
    case SYMBOL_RING:
      cairo_arc (cr, cx, cy, MARK_RADIUS, 0, 2 * G_PI);
      fv_chart_set_color (cr, &ctx->style->accent, 1.0);
      cairo_fill (cr);
      cairo_arc (cr, cx, cy, MARK_RADIUS + 3, 0, 2 * G_PI);
      cairo_set_line_width (cr, 2.0 * ctx->style->line_scale);
      fv_chart_set_color (cr, entry->color, 1.0);
      cairo_stroke (cr);
      break;
    case SYMBOL_SWATCH:
    default:
      cairo_rectangle (cr, x + 1, cy - 6, 14, 12);
      fv_chart_set_color (cr, entry->color, 1.0);
      cairo_fill (cr);
      break;
    }
}

/**
 * fv_chart_legend:
 * @x: where its first line starts (its next lines start at the plot's left)
 * @y: its top
 * @draw: FALSE to measure it only
 * @width: (out) (optional): its width on one line, unwrapped
 *
 * Lays out (and draws) the chart's legend, its entries side by side while
 * the width holds them, each entry's words wrapped where one alone is
 * wider than the chart.
 *
 * Returns: its height; 0 when the chart's colours and shapes need no key
 */
double
fv_chart_legend (FvChartContext *ctx,
                 double          x,
                 double          y,
                 gboolean        draw,
                 double         *one_line)
{
  Entry entries[5];
  guint n = collect_entries (ctx, entries);
  double x0 = ctx->plot.x, width = ctx->plot.width, line_top = y, line_h = 0;

  if (one_line != NULL)
    *one_line = 0;
  if (n == 0 || width < 2 * SYMBOL)
    return 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PangoLayout) layout = fv_chart_text (ctx, entries[i].text, KEY_SIZE * ctx->text_scale, FALSE,
                                                     width - SYMBOL);
      PangoRectangle first_line;
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      if (one_line != NULL)
        {
          g_autoptr(PangoLayout) whole = fv_chart_text (ctx, entries[i].text,
                                                        KEY_SIZE * ctx->text_scale, FALSE, -1);
          int ww;

          pango_layout_get_pixel_size (whole, &ww, NULL);
          *one_line += (i > 0 ? ENTRY_GAP : 0) + SYMBOL + ww;
        }
      if (x > x0 && x + SYMBOL + w > x0 + width)
        {
          line_top += line_h + LINE_GAP;
          line_h = 0;
          x = x0;
        }
      if (draw)
        {
          pango_layout_index_to_pos (layout, 0, &first_line);
          draw_symbol (ctx, &entries[i], x,
                       line_top + (first_line.height / (double) PANGO_SCALE) / 2);
          fv_chart_show_text (ctx, layout, x + SYMBOL, line_top, &ctx->style->text, 1.0);
        }
      line_h = MAX (line_h, MAX (h, 2 * MARK_RADIUS + 6));
      x += SYMBOL + w + ENTRY_GAP;
    }

  return line_top + line_h - y;
}
