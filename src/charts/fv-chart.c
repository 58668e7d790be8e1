/* fv-chart.c — a chart drawn whole, and what it says in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart reads like a newsroom chart: a title, a subtitle, the plot, its
 * legend, and a source line at the bottom, each wrapped onto as many lines
 * as it needs. This draws the frame and hands the
 * plot to its type (fv-timeline-chart.c, fv-bar-chart.c), which draw with the
 * helpers of fv-chart-draw.c.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "fv-chart-data.h"
#include "fv-chart-private.h"
#include "fv-format.h"
#include "fv-i18n.h"

#define PADDING        FV_CHART_PADDING
#define TITLE_SIZE     17.0
#define SUBTITLE_SIZE  13.0
#define SOURCE_SIZE    11.0
#define TEXT_FLOOR     0.75  /* before the frame's texts get no smaller than this */
#define FOOT_GAP       24.0  /* between the source line and what shares its row */
#define BESIDE_FLOOR   160.0 /* the narrowest a title goes beside the window's buttons */

FvChartContext *
fv_chart_context_new (cairo_t            *cr,
             FvModel            *model,
             const FvChart      *chart,
             double              width,
             double              height,
             const FvChartStyle *style,
             const FvChartState *state)
{
  FvChartContext *ctx = g_new0 (FvChartContext, 1);

  ctx->cr = cr;
  ctx->model = model;
  ctx->chart = chart;
  ctx->style = style;
  ctx->state = state;
  ctx->languages = state != NULL ? state->languages : NULL;
  ctx->width = width;
  ctx->height = height;
  ctx->text_scale = 1.0;
  ctx->lane_name_top = G_MAXDOUBLE;
  ctx->marks = g_array_new (FALSE, FALSE, sizeof (FvChartMark));
  /* One Pango context for the drawing, not one per text: the chart's
   * transformation is set before it is made and not changed after. */
  ctx->pango = pango_cairo_create_context (cr);
  ctx->font = pango_font_description_from_string (style->font_family);

  return ctx;
}

void
fv_chart_context_free (FvChartContext *ctx)
{
  g_array_unref (ctx->marks);
  g_object_unref (ctx->pango);
  pango_font_description_free (ctx->font);
  g_free (ctx);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvChartContext, fv_chart_context_free)

/* The plot, by its chart type, clipped to its place. */
static void
draw_plot (FvChartContext *ctx)
{
  cairo_save (ctx->cr);
  cairo_rectangle (ctx->cr, 0, ctx->plot.y, ctx->width, ctx->plot.height);
  cairo_clip (ctx->cr);
  if (ctx->plot.height > 20 && ctx->plot.width > 40)
    {
      switch (ctx->chart->type)
        {
        case FV_CHART_TIMELINE:
          fv_timeline_chart_draw (ctx);
          break;
        case FV_CHART_BAR:
          fv_bar_chart_draw (ctx);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  cairo_restore (ctx->cr);
}

static PangoLayout *
note_text (FvChartContext *ctx,
           guint           n)
{
  g_autofree char *text = NULL;

  switch (ctx->style->left_out)
    {
    case FV_CHART_LEFT_OUT_IN_TABLE:
      /* translators: under a chart in the window, where the titles of N
       * marks had no room: its table view lists them all */
      text = g_strdup_printf (fv_ngettext ("%u label left out: see the table",
                                           "%u labels left out: see the table", n), n);
      break;
    case FV_CHART_LEFT_OUT_LISTED_BELOW:
      /* translators: under a chart in the fact sheet, where the titles of
       * N marks had no room: the facts listed after the chart */
      text = g_strdup_printf (fv_ngettext ("%u label left out: the facts are listed below",
                                           "%u labels left out: the facts are listed below", n),
                              n);
      break;
    case FV_CHART_LEFT_OUT_NO_ROOM:
    default:
      /* translators: under a chart exported as an image, where the titles
       * of N marks had no room */
      text = g_strdup_printf (fv_ngettext ("%u label left out for lack of room",
                                           "%u labels left out for lack of room", n), n);
      break;
    }

  return fv_chart_text (ctx, text, SOURCE_SIZE * ctx->text_scale, FALSE,
                        MAX (1.0, ctx->width - 2 * PADDING));
}

/* Where LAYOUT's lines are, drawn at (X, Y). */
static FvChartRect
text_rect (PangoLayout *layout,
           double       x,
           double       y)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return (FvChartRect) { x + logical.x, y + logical.y, logical.width, logical.height };
}

void
fv_chart_render (FvChartContext *ctx)
{
  cairo_t *real = ctx->cr;
  cairo_t *cr = real;
  double inner = MAX (1.0, ctx->width - 2 * PADDING);
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) subtitle = NULL;
  g_autoptr(PangoLayout) source = NULL;
  g_autoptr(PangoLayout) note = NULL;
  g_autofree char *source_line = NULL;
  g_autofree char *shared_date = NULL;
  g_autofree char *subtitle_text = NULL;
  double legend_height = 0, legend_top = 0, legend_x = 0, legend_w = 0, foot_top = 0;
  double title_h = 0, subtitle_h = 0, source_w = 0, source_h = 0, source_top = 0;
  double note_x = 0, note_y = 0;
  double title_y = PADDING, beside = inner, inset_h = 0;
  gboolean legend_inline = FALSE;
  int w, h;
  /* The title and the subtitle in one language, whichever it is; Fact
   * Viewer's words of the chart ("Source:", months, numbers) and its
   * source line in the same: one chart, one language (fv-i18n.c). */
  const char *language = fv_chart_get_language (ctx->model, ctx->chart, ctx->languages);
  const char *frame_languages[] = { language, NULL };
  FV_I18N_SCOPE (ctx->languages != NULL ? language : NULL);

  shared_date = fv_bar_chart_shared_date (ctx->chart);
  /* Bars that all give one date say it once, in the subtitle (fv-bar-chart.c
   * puts dates that differ in each bar's label). */
  if (shared_date != NULL && ctx->chart->subtitle.original != NULL)
    /* translators: a chart's subtitle and the date its figures share:
     * "Share who said they would hesitate to call the police (2013)" */
    subtitle_text = g_strdup_printf (FV_TR_("%s (%s)"),
                                     fv_model_text_in (ctx->model, &ctx->chart->subtitle, language),
                                     shared_date);
  else if (ctx->chart->subtitle.original != NULL)
    subtitle_text = g_strdup (fv_model_text_in (ctx->model, &ctx->chart->subtitle, language));
  else
    subtitle_text = g_steal_pointer (&shared_date);
  source_line = fv_chart_get_source_line (ctx->model, ctx->chart,
                                          ctx->languages != NULL ? frame_languages : NULL);

  ctx->plot.x = PADDING;
  ctx->plot.width = inner;

  /* In the window, buttons stand over the chart's top right corner: the
   * title and the subtitle wrap short of them, or where that leaves them
   * too narrow a column, begin under them, with the whole width. */
  if (ctx->state != NULL && ctx->state->title_inset_width > 0 &&
      ctx->state->title_inset_height > PADDING)
    {
      inset_h = ctx->state->title_inset_height;
      beside = ctx->width - PADDING - ctx->state->title_inset_width;
      if (beside < MIN (BESIDE_FLOOR, inner))
        {
          title_y = inset_h;
          beside = inner;
        }
      beside = MIN (MAX (1.0, beside), inner);
    }

  /* The texts wrap, never cut; where their lines leave the plot less than
   * FV_CHART_PLOT_SHARE of a height the user fixed, they get smaller, down to
   * TEXT_FLOOR of their size. The legend goes at the right of the source
   * line where both fit on its row, else between the plot and it; either
   * way its height is kept from the plot's, so that it covers no mark. */
  for (ctx->text_scale = 1.0;; ctx->text_scale -= 0.05)
    {
      g_clear_object (&title);
      g_clear_object (&subtitle);
      g_clear_object (&source);
      title = fv_chart_text (ctx, fv_model_text_in (ctx->model, &ctx->chart->title, language),
                             TITLE_SIZE * ctx->text_scale, TRUE, beside);
      pango_layout_get_pixel_size (title, &w, &h);
      title_h = h;
      subtitle_h = 0;
      if (subtitle_text != NULL)
        {
          subtitle = fv_chart_text (ctx, subtitle_text, SUBTITLE_SIZE * ctx->text_scale, FALSE,
                                    title_y + title_h + 2 < inset_h ? beside : inner);
          pango_layout_get_pixel_size (subtitle, &w, &h);
          subtitle_h = h;
        }
      source = fv_chart_text (ctx, source_line, SOURCE_SIZE * ctx->text_scale, FALSE, inner);
      pango_layout_get_pixel_size (source, &w, &h);
      source_w = w;
      source_h = h;
      source_top = ctx->height - PADDING - source_h;
      legend_height = fv_chart_legend (ctx, PADDING, 0, FALSE, &legend_w);

      legend_inline = legend_height > 0 && pango_layout_get_line_count (source) == 1 &&
                      source_w + FOOT_GAP + legend_w <= inner;
      legend_x = legend_inline ? PADDING + inner - legend_w : PADDING;
      legend_top = legend_inline ? source_top
                   : source_top - (legend_height > 0 ? legend_height + 10 : 0);
      foot_top = legend_inline ? MIN (source_top, ctx->height - PADDING - legend_height)
                 : legend_top;
      ctx->plot.y = title_y + title_h + 2 + subtitle_h + 12;
      ctx->plot.height = MAX (0.0, foot_top - 10 - ctx->plot.y);
      if (ctx->frame_only)
        {
          ctx->frame_height = ctx->plot.y + 10 + (ctx->height - foot_top);
          return;
        }
      if (ctx->plot.height >= ctx->height * FV_CHART_PLOT_SHARE || ctx->text_scale <= TEXT_FLOOR + 0.01)
        break;
    }
  ctx->title_rect = text_rect (title, PADDING, title_y);
  if (subtitle != NULL)
    ctx->subtitle_rect = text_rect (subtitle, PADDING, title_y + title_h + 2);
  if (ctx->title_only)
    return;

  /* Titles the plot has no room for are left out whole, and the chart
   * says how many: after the source line where its row has room, else on
   * a line of its own over the legend. Only a drawing finds how many, so
   * the first is drawn into a group, kept when the note needs no room of
   * the plot (nothing left out, or the note beside the source line), else
   * dropped and the chart drawn again with the plot that much shorter. */
  cairo_save (cr);
  for (guint pass = 0;; pass++)
    {
      gboolean grouped = pass == 0 && !ctx->layout_only;
      /* cairo 1.16's SVG surface leaks what a group painted back onto it
       * holds (found by LeakSanitizer, 472 bytes an export): there the
       * first drawing, which only counts, goes to a scratch surface, and
       * the chart is drawn again for real. */
      gboolean scratch = grouped &&
                         cairo_surface_get_type (cairo_get_target (real)) == CAIRO_SURFACE_TYPE_SVG;

      if (scratch)
        {
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
          cairo_matrix_t matrix;

          cairo_get_matrix (real, &matrix);
          cr = ctx->cr = cairo_create (surface);
          cairo_surface_destroy (surface);
          cairo_set_matrix (cr, &matrix);
        }
      else if (grouped)
        cairo_push_group (cr);
      fv_chart_set_color (cr, &ctx->style->background, 1.0);
      cairo_paint (cr);
      fv_chart_show_text (ctx, title, PADDING, title_y, &ctx->style->text, 1.0);
      if (subtitle != NULL)
        fv_chart_show_text (ctx, subtitle, PADDING, title_y + title_h + 2, &ctx->style->muted,
                            1.0);
      fv_chart_show_text (ctx, source, PADDING, source_top, &ctx->style->muted, 1.0);

      ctx->left_out = 0;
      draw_plot (ctx);
      if (legend_height > 0 && !ctx->layout_only)
        fv_chart_legend (ctx, legend_x, legend_top, TRUE, NULL);

      if (grouped && ctx->left_out > 0)
        {
          note = note_text (ctx, ctx->left_out);
          pango_layout_get_pixel_size (note, &w, &h);
          note_x = PADDING + source_w + FOOT_GAP;
          note_y = source_top;
          if (pango_layout_get_line_count (source) > 1 ||
              note_x + w + (legend_inline ? FOOT_GAP : 0) >
              (legend_inline ? legend_x : PADDING + inner))
            {
              if (scratch)
                {
                  cairo_destroy (cr);
                  cr = ctx->cr = real;
                }
              else
                cairo_pattern_destroy (cairo_pop_group (cr));
              g_array_set_size (ctx->marks, 0);
              ctx->plot.height = MAX (0.0, ctx->plot.height - (h + 6));
              note_x = PADDING;
              note_y = ctx->plot.y + ctx->plot.height + 4;
              continue;
            }
        }
      if (scratch)
        {
          cairo_destroy (cr);
          cr = ctx->cr = real;
          g_array_set_size (ctx->marks, 0);
          continue;
        }
      if (grouped)
        {
          cairo_pop_group_to_source (cr);
          cairo_paint (cr);
        }
      break;
    }

  /* The count of this drawing, which the note's room may have changed. */
  if (note != NULL && ctx->left_out > 0)
    {
      g_clear_object (&note);
      note = note_text (ctx, ctx->left_out);
      fv_chart_show_text (ctx, note, note_x, note_y, &ctx->style->muted, 1.0);
    }

  cairo_restore (cr);
}

/**
 * fv_chart_draw:
 * @width: @height: the size in user units (logical pixels); scale @cr for
 *   a sharper image
 * @state: (nullable): the languages, the selection and the search matches
 */
void
fv_chart_draw (cairo_t            *cr,
               FvModel            *model,
               const FvChart      *chart,
               double              width,
               double              height,
               const FvChartStyle *style,
               const FvChartState *state)
{
  /* The marks are for hit-testing; a drawing alone has no use for them. */
  g_array_unref (fv_chart_draw_marks (cr, model, chart, width, height, style, state));
}

/**
 * fv_chart_draw_marks:
 *
 * Draws as fv_chart_draw() does and says where the marks went, so that a
 * view can hit-test what it shows without laying the chart out again.
 *
 * Returns: (transfer full) (element-type FvChartMark): the marks' pieces, in
 *   drawing order; their ids belong to @model
 */
GArray *
fv_chart_draw_marks (cairo_t            *cr,
                     FvModel            *model,
                     const FvChart      *chart,
                     double              width,
                     double              height,
                     const FvChartStyle *style,
                     const FvChartState *state)
{
  g_autoptr(FvChartContext) ctx = NULL;

  g_return_val_if_fail (cr != NULL, NULL);
  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);

  ctx = fv_chart_context_new (cr, model, chart, width, height, style, state);
  fv_chart_render (ctx);

  return g_array_ref (ctx->marks);
}

/**
 * fv_chart_get_time_span:
 * @first_day: (out): the first day of its first event
 * @day_after: (out): the day after its last event ends
 *
 * Returns: whether @chart is a timeline with events; its span, as day
 *   numbers, in @first_day and @day_after
 */
gboolean
fv_chart_get_time_span (FvModel       *model,
                        const FvChart *chart,
                        double        *first_day,
                        double        *day_after)
{
  const FvChartData *data;
  gboolean any = FALSE;

  g_return_val_if_fail (FV_IS_MODEL (model), FALSE);
  g_return_val_if_fail (chart != NULL, FALSE);

  if (chart->type != FV_CHART_TIMELINE)
    return FALSE;

  data = fv_chart_data_get (model, chart);
  for (guint l = 0; l < chart->n_lanes; l++)
    if (chart->lanes[l].n_events > 0)
      {
        *first_day = any ? MIN (*first_day, data->lanes[l].first_day) : data->lanes[l].first_day;
        *day_after = any ? MAX (*day_after, data->lanes[l].day_after) : data->lanes[l].day_after;
        any = TRUE;
      }

  return any;
}

/**
 * fv_chart_draw_overview:
 * @width: @height: the strip's size
 * @from_day: @to_day: the time the chart shows, zoomed in
 * @handle: (out): where the window's handle was drawn
 *
 * A timeline's whole time in a thin strip, under the chart zoomed in: a
 * tick a pixel for its events, and the window shown as a handle to drag,
 * as vis-timeline's range selector.
 */
void
fv_chart_draw_overview (cairo_t            *cr,
                        FvModel            *model,
                        const FvChart      *chart,
                        double              width,
                        double              height,
                        const FvChartStyle *style,
                        double              from_day,
                        double              to_day,
                        FvChartRect        *handle)
{
  const FvChartData *data;
  double first, after, span, x0 = 8, x1 = width - 8;
  guint n_columns = MAX (1.0, x1 - x0);
  g_autofree guint *counts = NULL;
  guint max = 1;

  g_return_if_fail (FV_IS_MODEL (model));
  g_return_if_fail (chart != NULL && handle != NULL);

  memset (handle, 0, sizeof *handle);
  if (!fv_chart_get_time_span (model, chart, &first, &after) || width < 40 || height < 8)
    return;
  span = MAX (after - first, 1);
  first -= span * 0.04;
  after += span * 0.04;
  span = after - first;

  fv_chart_set_color (cr, &style->background, 1.0);
  cairo_paint (cr);

  data = fv_chart_data_get (model, chart);
  counts = g_new0 (guint, n_columns);
  for (guint l = 0; l < chart->n_lanes; l++)
    for (guint i = 0; i < chart->lanes[l].n_events; i++)
      {
        double x = (data->lanes[l].first_days[i] - first) / span * (x1 - x0);
        guint column = CLAMP (x, 0, n_columns - 1);

        max = MAX (max, ++counts[column]);
      }
  for (guint c = 0; c < n_columns; c++)
    if (counts[c] > 0)
      {
        double h = MAX (2.0, (height - 6) * sqrt ((double) counts[c] / max));

        cairo_rectangle (cr, x0 + c, height - 3 - h, 1, h);
      }
  fv_chart_set_color (cr, &style->muted, 1.0);
  cairo_fill (cr);

  handle->x = x0 + (from_day - first) / span * (x1 - x0);
  handle->width = MAX (6.0, (to_day - from_day) / span * (x1 - x0));
  handle->y = 1;
  handle->height = height - 2;
  cairo_rectangle (cr, handle->x, handle->y, handle->width, handle->height);
  fv_chart_set_color (cr, &style->accent, 0.2);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 2 * style->line_scale);
  fv_chart_set_color (cr, &style->accent, 1.0);
  cairo_stroke (cr);
}

/**
 * fv_chart_overview_day_at:
 *
 * Returns: the day at @x in an overview strip @width wide
 */
double
fv_chart_overview_day_at (FvModel       *model,
                          const FvChart *chart,
                          double         width,
                          double         x)
{
  double first, after, span;

  if (!fv_chart_get_time_span (model, chart, &first, &after))
    return 0;
  span = MAX (after - first, 1);
  first -= span * 0.04;
  after += span * 0.04;
  return first + (x - 8) / MAX (width - 16, 1) * (after - first);
}

/**
 * fv_chart_get_mark_ids:
 *
 * Returns: (transfer container) (element-type utf8): the ids of the chart's
 *   marks in reading order, for moving between them with the keyboard
 */
GPtrArray *
fv_chart_get_mark_ids (FvModel       *model,
                       const FvChart *chart)
{
  GPtrArray *ids = g_ptr_array_new ();

  g_return_val_if_fail (FV_IS_MODEL (model), ids);
  g_return_val_if_fail (chart != NULL, ids);

  for (guint i = 0; i < chart->n_figures; i++)
    g_ptr_array_add (ids, (gpointer) chart->figures[i]->id);
  for (guint l = 0; l < chart->n_lanes; l++)
    for (guint i = 0; i < chart->lanes[l].n_events; i++)
      g_ptr_array_add (ids, (gpointer) chart->lanes[l].events[i]->id);

  return ids;
}
