/* fv-bar-chart.c — figures of one unit as horizontal bars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each bar has its label above it, its value written at its end, and what
 * it measures under it, so that "44%" never stands without "of whom, saying
 * what"; bars that count two populations differ in colour, which the
 * legend names (fv-chart-legend.c). The axis starts at 0 and ends at a
 * round number just past the largest figure, in steps of 1, 2, 2.5 or 5
 * times a power of ten (2.4 % beside 4.9 % are two bars, not two slivers
 * of a 0–100 axis), or where the model fixes it (axis_max: 100, to compare with the
 * whole). Grid lines run behind the bars only, never through text.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "fv-chart-private.h"
#include "fv-format.h"
#include "fv-i18n.h"

#define LABEL_SIZE    13.0
#define MEASURE_SIZE  12.0
#define MEASURE_FLOOR 9.0
#define VALUE_SIZE    13.0
#define AXIS_HEIGHT   22.0
#define ROW_MAX       150.0

/* The smallest of 1, 2, 2.5 and 5 times a power of ten at or above VALUE. */
static double
nice_step (double value)
{
  static const double steps[] = { 1, 2, 2.5, 5, 10 };
  double magnitude = pow (10, floor (log10 (value)));

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * magnitude >= value * (1 - 1e-9))
      return steps[i] * magnitude;
  return 10 * magnitude;
}

/* Where the axis ends, and in how many steps: the nearest end at or past
 * MAX that 3 to 6 steps of 1, 2, 2.5 or 5 times a power of ten reach (600
 * million: 0 to 600 million by 200 million, not 0 to a billion, 40 % of
 * the width empty); of ends as near, the one of 4 or 5 steps. */
static double
axis_end (double  max,
          guint  *n_steps)
{
  static const guint counts[] = { 4, 5, 3, 6 };
  double best = 0;

  *n_steps = 4;
  if (max <= 0)
    return 1;
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      double end = nice_step (max / counts[i]) * counts[i];

      if (best == 0 || end < best * (1 - 1e-9))
        {
          best = end;
          *n_steps = counts[i];
        }
    }
  return best;
}

static gboolean
fits (PangoLayout *layout,
      double       room)
{
  int h;

  pango_layout_get_pixel_size (layout, NULL, &h);
  return h <= room;
}

/* Where grid line Q (of 0 to N, the axis's steps) is, on the pixel. */
static double
grid_x (double x0,
        double x1,
        guint  q,
        guint  n)
{
  return floor (x0 + (x1 - x0) * q / n) + 0.5;
}

static gboolean
same_date (const FvDate *a,
           const FvDate *b)
{
  return a->precision == b->precision && a->year == b->year && a->month == b->month &&
         a->day == b->day;
}

/**
 * fv_bar_chart_shared_date:
 *
 * Returns: (nullable): the date all the chart's figures share, written out
 *   for its subtitle ("2013"); NULL when they have none, or differ (each
 *   bar's label then says its own)
 */
char *
fv_bar_chart_shared_date (const FvChart *chart)
{
  const FvDate *first;

  if (chart->type != FV_CHART_BAR || chart->n_figures == 0)
    return NULL;
  first = &chart->figures[0]->date;
  if (first->precision == FV_DATE_PRECISION_NONE)
    return NULL;
  for (guint i = 1; i < chart->n_figures; i++)
    if (!same_date (first, &chart->figures[i]->date))
      return NULL;
  return fv_format_date (first);
}

/* A bar's label, with its date where the bars' dates differ: two facts of
 * two years never read as one. */
static char *
bar_label (FvChartContext *ctx,
           guint           i)
{
  const FvFigure *figure = ctx->chart->figures[i];
  const char *label = fv_chart_model_text (ctx, &figure->label);
  gboolean differ = FALSE;
  g_autofree char *date = NULL;

  for (guint k = 0; k < ctx->chart->n_figures; k++)
    differ |= !same_date (&figure->date, &ctx->chart->figures[k]->date);
  if (!differ || figure->date.precision == FV_DATE_PRECISION_NONE)
    return g_strdup (label);

  date = fv_format_date (&figure->date);
  /* translators: a bar's label and the date of its figure, where the bars
   * of one chart have different dates: "All Latinos (2013)" */
  return g_strdup_printf (FV_TR_("%s (%s)"), label, date);
}

void
fv_bar_chart_draw (FvChartContext *ctx)
{
  const FvChart *chart = ctx->chart;
  cairo_t *cr = ctx->cr;
  FvUnit unit = chart->figures[0]->unit;
  const char *currency = chart->figures[0]->currency;
  double max = 0, axis_max, x0, x1, y, row_height, bar_height, top, bottom;
  guint n_steps = 4;

  for (guint i = 0; i < chart->n_figures; i++)
    max = MAX (max, chart->figures[i]->value);
  /* Where the model fixes the end (100, to compare with the whole), in
   * quarters. */
  axis_max = chart->axis_max > 0 ? chart->axis_max : axis_end (max, &n_steps);
  if (unit == FV_UNIT_PERCENT && chart->axis_max <= 0 && axis_max > 100)
    {
      axis_max = 100;
      n_steps = 4;
    }

  x0 = ctx->plot.x;
  x1 = ctx->plot.x + ctx->plot.width - 8;
  /* Rows of at most ROW_MAX, the block and its axis in the middle. */
  row_height = MIN ((ctx->plot.height - AXIS_HEIGHT) / chart->n_figures, ROW_MAX);
  bar_height = CLAMP (row_height * 0.3, 16, 40);
  top = ctx->plot.y + (ctx->plot.height - AXIS_HEIGHT - row_height * chart->n_figures) / 2;
  bottom = top + row_height * chart->n_figures;

  /* The axis's values, one under each step's tick. */
  cairo_set_line_width (cr, 1.0 * ctx->style->line_scale);
  for (guint q = 0; q <= n_steps; q++)
    {
      double x = grid_x (x0, x1, q, n_steps);
      g_autofree char *value = fv_format_number (axis_max * q / n_steps, unit, currency);
      g_autoptr(PangoLayout) layout = fv_chart_text (ctx, value, MEASURE_SIZE, FALSE, -1);
      int w, h;

      fv_chart_set_color (cr, &ctx->style->grid, 1.0);
      cairo_move_to (cr, x, bottom);
      cairo_line_to (cr, x, bottom + 4);
      cairo_stroke (cr);

      pango_layout_get_pixel_size (layout, &w, &h);
      fv_chart_show_text (ctx, layout, CLAMP (x - w / 2.0, x0, x1 - w), bottom + 6,
                          &ctx->style->muted, 1.0);
    }

  y = top;
  for (guint i = 0; i < chart->n_figures; i++)
    {
      const FvFigure *figure = chart->figures[i];
      gboolean selected = ctx->state && g_strcmp0 (ctx->state->selected_id, figure->id) == 0;
      gboolean focused = ctx->state && g_strcmp0 (ctx->state->focus_id, figure->id) == 0;
      double alpha = fv_chart_is_dimmed (ctx, figure->id) ? 0.25 : 1.0;
      double length = (x1 - x0) * CLAMP (figure->value / axis_max, 0, 1);
      g_autoptr(PangoLayout) label = NULL;
      g_autoptr(PangoLayout) value = NULL;
      g_autoptr(PangoLayout) measure = NULL;
      g_autofree char *value_text = fv_format_figure_value (figure);
      g_autofree char *label_text = bar_label (ctx, i);
      double bar_y, text_y;
      int lw, lh, vw, vh;

      label = fv_chart_text (ctx, label_text, LABEL_SIZE, TRUE, x1 - x0);
      pango_layout_get_pixel_size (label, &lw, &lh);
      fv_chart_show_text (ctx, label, x0, y + 4, &ctx->style->text, 1.0);

      bar_y = y + 4 + lh + 4;
      /* The grid in the bar's band alone: above and below it is text. */
      fv_chart_set_color (cr, &ctx->style->grid, 1.0);
      for (guint q = 0; q <= n_steps; q++)
        {
          double x = grid_x (x0, x1, q, n_steps);

          cairo_move_to (cr, x, bar_y - 3);
          cairo_line_to (cr, x, bar_y + bar_height + 3);
        }
      cairo_stroke (cr);

      cairo_rectangle (cr, x0, bar_y, MAX (length, 1.0), bar_height);
      fv_chart_set_color (cr, fv_chart_figure_color (ctx, i), alpha);
      cairo_fill (cr);
      if (selected || focused)
        {
          static const double dash[] = { 3.0, 2.0 };

          cairo_rectangle (cr, x0 - 2, bar_y - 2, MAX (length, 1.0) + 4, bar_height + 4);
          cairo_set_line_width (cr, 2.0 * ctx->style->line_scale);
          cairo_set_dash (cr, dash, selected ? 0 : 2, 0);
          fv_chart_set_color (cr, selected ? &ctx->style->selection : &ctx->style->text, 1.0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      fv_chart_add_mark (ctx, figure->id, x0, y, x1 - x0, row_height);

      /* The value inside the bar's end where it fits, else after it. */
      value = fv_chart_text (ctx, value_text, VALUE_SIZE, TRUE, -1);
      pango_layout_get_pixel_size (value, &vw, &vh);
      text_y = bar_y + (bar_height - vh) / 2;
      if (vw + 12 <= length)
        {
          fv_chart_show_text (ctx, value, x0 + length - vw - 6, text_y, &ctx->style->on_accent,
                              1.0);
        }
      else
        {
          /* On the chart's background, over the grid lines it crosses. */
          fv_chart_set_color (cr, &ctx->style->background, 1.0);
          cairo_rectangle (cr, x0 + length + 3, text_y - 1, vw + 6, vh + 2);
          cairo_fill (cr);
          fv_chart_show_text (ctx, value, x0 + length + 6, text_y, &ctx->style->text, 1.0);
        }

      if (figure->measure.original != NULL)
        {
          double room = y + row_height - (bar_y + bar_height + 4) - 2;

          /* Wrapped, and smaller down to a floor where the row is short;
           * where even that does not fit, left out whole and counted, so
           * that the chart says so (fv-chart.c). */
          for (double size = MEASURE_SIZE; size >= MEASURE_FLOOR; size -= 1)
            {
              g_clear_object (&measure);
              measure = fv_chart_text (ctx, fv_chart_model_text (ctx, &figure->measure), size,
                                       FALSE, x1 - x0);
              if (fits (measure, room))
                break;
            }
          if (fits (measure, room))
            fv_chart_show_text (ctx, measure, x0, bar_y + bar_height + 4, &ctx->style->muted, 1.0);
          else
            ctx->left_out++;
        }

      y += row_height;
    }
}
