/* fv-chart.c — a chart drawn whole, and what it says in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart reads like a newsroom chart: a title, a one-line subtitle, the
 * plot, its legend, and a source line at the bottom. This draws the frame and hands the
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

#define PADDING        16.0
#define TITLE_SIZE     17.0
#define SUBTITLE_SIZE  13.0
#define SOURCE_SIZE    11.0

static FvChartContext *
context_new (cairo_t            *cr,
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
  ctx->marks = g_array_new (FALSE, FALSE, sizeof (FvChartMark));
  /* One Pango context for the drawing, not one per text: the chart's
   * transformation is set before it is made and not changed after. */
  ctx->pango = pango_cairo_create_context (cr);
  ctx->font = pango_font_description_from_string (style->font_family);

  return ctx;
}

static void
context_free (FvChartContext *ctx)
{
  g_array_unref (ctx->marks);
  g_object_unref (ctx->pango);
  pango_font_description_free (ctx->font);
  g_free (ctx);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvChartContext, context_free)

static void
render (FvChartContext *ctx)
{
  cairo_t *cr = ctx->cr;
  double inner = MAX (1.0, ctx->width - 2 * PADDING);
  double y = PADDING;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) subtitle = NULL;
  g_autoptr(PangoLayout) source = NULL;
  g_autofree char *source_line = NULL;
  g_autofree char *shared_date = NULL;
  g_autofree char *subtitle_text = NULL;
  double legend_height, legend_top;
  int w, h;
  /* Fact Viewer's words of the chart ("Source:", months, numbers) in the
   * language of its texts: one chart, one language (fv-i18n.c). */
  FV_I18N_SCOPE (ctx->languages != NULL ? ctx->languages[0] : NULL);

  cairo_save (cr);

  fv_chart_set_color (cr, &ctx->style->background, 1.0);
  cairo_paint (cr);
  shared_date = fv_bar_chart_shared_date (ctx->chart);

  title = fv_chart_text (ctx, fv_chart_model_text (ctx, &ctx->chart->title), TITLE_SIZE, TRUE,
                         inner);
  fv_chart_show_text (ctx, title, PADDING, y, &ctx->style->text, 1.0);
  pango_layout_get_pixel_size (title, &w, &h);
  y += h + 2;

  /* Bars that all give one date say it once, in the subtitle (fv-bar-chart.c
   * puts dates that differ in each bar's label). */
  if (shared_date != NULL && ctx->chart->subtitle.original != NULL)
    /* translators: a chart's subtitle and the date its figures share:
     * "Share who said they would hesitate to call the police (2013)" */
    subtitle_text = g_strdup_printf (FV_TR_("%s (%s)"),
                                     fv_chart_model_text (ctx, &ctx->chart->subtitle), shared_date);
  else if (ctx->chart->subtitle.original != NULL)
    subtitle_text = g_strdup (fv_chart_model_text (ctx, &ctx->chart->subtitle));
  else
    subtitle_text = g_steal_pointer (&shared_date);

  if (subtitle_text != NULL)
    {
      subtitle = fv_chart_text (ctx, subtitle_text, SUBTITLE_SIZE, FALSE, inner);
      fv_chart_show_text (ctx, subtitle, PADDING, y, &ctx->style->muted, 1.0);
      pango_layout_get_pixel_size (subtitle, &w, &h);
      y += h;
    }
  y += 12;

  source_line = fv_chart_get_source_line (ctx->model, ctx->chart, ctx->languages);
  source = fv_chart_text (ctx, source_line, SOURCE_SIZE, FALSE, inner);
  pango_layout_get_pixel_size (source, &w, &h);
  fv_chart_show_text (ctx, source, PADDING, ctx->height - PADDING - h, &ctx->style->muted, 1.0);

  /* The legend between the plot and the source line, its height kept
   * from the plot's so that it never lies over a mark. */
  ctx->plot.x = PADDING;
  ctx->plot.width = inner;
  legend_height = fv_chart_legend (ctx, 0, FALSE);
  legend_top = ctx->height - PADDING - h - (legend_height > 0 ? legend_height + 10 : 0);

  ctx->plot.y = y;
  ctx->plot.height = MAX (0.0, legend_top - 10 - y);

  cairo_save (cr);
  cairo_rectangle (cr, 0, ctx->plot.y, ctx->width, ctx->plot.height);
  cairo_clip (cr);
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
  cairo_restore (cr);

  if (legend_height > 0 && !ctx->layout_only)
    fv_chart_legend (ctx, legend_top, TRUE);

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

  ctx = context_new (cr, model, chart, width, height, style, state);
  render (ctx);

  return g_array_ref (ctx->marks);
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
  g_autoptr(FvChartContext) ctx = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (FV_IS_MODEL (model), FALSE);
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (axis != NULL, FALSE);

  memset (axis, 0, sizeof *axis);
  if (chart->type != FV_CHART_TIMELINE)
    return FALSE;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  ctx = context_new (cr, model, chart, width, height, style, state);
  ctx->layout_only = TRUE;
  render (ctx);
  if (ctx->has_axis)
    *axis = ctx->axis;
  g_clear_pointer (&ctx, context_free);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return axis->n_segments > 0;
}

static gboolean
rect_contains (const FvChartRect *rect,
               double             x,
               double             y)
{
  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

/**
 * fv_chart_marks_hit_test:
 * @marks: (element-type FvChartMark): from fv_chart_draw_marks()
 *
 * Returns: (nullable): the id of the mark drawn at (@x, @y), the topmost
 */
const char *
fv_chart_marks_hit_test (GArray *marks,
                         double  x,
                         double  y)
{
  const FvChartMark *mark = fv_chart_marks_hit (marks, x, y);

  return mark != NULL ? mark->id : NULL;
}

/**
 * fv_chart_marks_hit:
 * @marks: (element-type FvChartMark): from fv_chart_draw_marks()
 *
 * Returns: (nullable): the mark drawn at (@x, @y), the topmost
 */
const FvChartMark *
fv_chart_marks_hit (GArray *marks,
                    double  x,
                    double  y)
{
  g_return_val_if_fail (marks != NULL, NULL);

  /* The last drawn is on top. */
  for (guint i = marks->len; i > 0; i--)
    {
      const FvChartMark *mark = &g_array_index (marks, FvChartMark, i - 1);

      if (rect_contains (&mark->rect, x, y))
        return mark;
    }

  return NULL;
}

/**
 * fv_chart_marks_get_rect:
 * @marks: (element-type FvChartMark): from fv_chart_draw_marks()
 *
 * Returns: whether @id is among @marks; @rect is then the union of its
 *   pieces (a dot, a span, a label)
 */
gboolean
fv_chart_marks_get_rect (GArray      *marks,
                         const char  *id,
                         FvChartRect *rect)
{
  gboolean found = FALSE;

  g_return_val_if_fail (marks != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint i = 0; i < marks->len; i++)
    {
      const FvChartMark *mark = &g_array_index (marks, FvChartMark, i);

      if (!g_str_equal (mark->id, id))
        continue;

      if (!found)
        *rect = mark->rect;
      else
        {
          double x1 = MAX (rect->x + rect->width, mark->rect.x + mark->rect.width);
          double y1 = MAX (rect->y + rect->height, mark->rect.y + mark->rect.height);

          rect->x = MIN (rect->x, mark->rect.x);
          rect->y = MIN (rect->y, mark->rect.y);
          rect->width = x1 - rect->x;
          rect->height = y1 - rect->y;
        }
      found = TRUE;
    }

  return found;
}

/**
 * fv_chart_get_mark_ids:
 *
 * Returns: (transfer container) (element-type utf8): the ids of the chart's
 *   marks in reading order, for moving between them with the keyboard
 */
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

/**
 * fv_chart_describe_mark:
 *
 * Returns: (nullable): a sentence on one mark, for its tooltip:
 *   "January 25, 2017: Executive order asks …" or "All Latinos: 44% — …"
 */
char *
fv_chart_describe_mark (FvModel            *model,
                        const FvChart      *chart,
                        const char         *id,
                        const char * const *languages)
{
  const FvEvent *event;
  const FvFigure *figure;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  FV_I18N_SCOPE (languages != NULL ? languages[0] : NULL);

  if ((event = fv_model_lookup_event (model, id)) != NULL)
    {
      g_autofree char *when = fv_format_event_date (event);

      /* translators: an event in a chart: its date, then its title */
      return g_strdup_printf (FV_TR_("%s: %s"), when,
                              fv_model_text (model, &event->title, languages));
    }

  if ((figure = fv_model_lookup_figure (model, id)) != NULL)
    {
      g_autofree char *value = fv_format_figure_value (figure);
      const char *measure = fv_model_text (model, &figure->measure, languages);

      if (measure != NULL)
        /* translators: a bar of a chart: its label, value and what it measures */
        return g_strdup_printf (FV_TR_("%s: %s — %s"),
                                fv_model_text (model, &figure->label, languages), value, measure);
      return g_strdup_printf (FV_TR_("%s: %s"), fv_model_text (model, &figure->label, languages),
                              value);
    }

  return NULL;
}

/**
 * fv_chart_describe:
 *
 * Returns: what the chart shows, in words, for a screen reader: the model's
 *   description, or one written from the data
 */
char *
fv_chart_describe (FvModel            *model,
                   const FvChart      *chart,
                   const char * const *languages)
{
  GString *str;
  guint n_events = 0;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (chart != NULL, NULL);
  FV_I18N_SCOPE (languages != NULL ? languages[0] : NULL);

  if (chart->description.original != NULL)
    return g_strdup (fv_model_text (model, &chart->description, languages));

  str = g_string_new (NULL);

  if (chart->type == FV_CHART_BAR)
    {
      /* translators: the start of a bar chart's description for screen readers */
      g_string_append_printf (str, fv_ngettext ("Bar chart of %u figure.",
                                                "Bar chart of %u figures.", chart->n_figures),
                              chart->n_figures);
      for (guint i = 0; i < chart->n_figures; i++)
        {
          g_autofree char *mark = fv_chart_describe_mark (model, chart, chart->figures[i]->id,
                                                         languages);
          const char *population = fv_model_text (model, &chart->figures[i]->population, languages);

          g_string_append_c (str, ' ');
          g_string_append (str, mark);
          if (population != NULL)
            /* translators: who a figure counts, after its description */
            g_string_append_printf (str, FV_TR_(" (%s)"), population);
          g_string_append_c (str, '.');
        }
    }
  else
    {
      for (guint l = 0; l < chart->n_lanes; l++)
        n_events += chart->lanes[l].n_events;

      /* translators: the start of a timeline's description for screen readers */
      g_string_append_printf (str, fv_ngettext ("Timeline of %u event.",
                                                "Timeline of %u events.", n_events), n_events);

      /* A break in the axis, as the chart shows it whole (at the size of
       * an export: the view's may differ by a few pixels' worth). */
      {
        const FvChartData *data = fv_chart_data_get (model, chart);
        double first, after;
        FvTimeAxis axis;

        if (fv_chart_get_time_span (model, chart, &first, &after))
          {
            fv_time_axis_init_fit (&axis, first, after, data->gaps, data->n_gaps, FALSE, 0, 1100);
            for (guint s = 1; s < axis.n_segments; s++)
              {
                FvDate from = { fv_time_day_year (axis.segments[s - 1].to_day), 0, 0,
                                FV_DATE_PRECISION_YEAR };
                FvDate to = { fv_time_day_year (axis.segments[s].from_day), 0, 0,
                              FV_DATE_PRECISION_YEAR };
                g_autofree char *from_text = fv_format_date (&from);
                g_autofree char *to_text = fv_format_date (&to);
                /* translators: in a timeline's description for screen
                 * readers: the years its axis leaves out, "1997 to 2007" */
                g_string_append_printf (str, FV_TR_(" Its time axis leaves out %s to %s, when "
                                                    "nothing happens."), from_text, to_text);
              }
          }
      }

      /* A long timeline is summed up; a short one is read out in full. */
      for (guint l = 0; l < chart->n_lanes && n_events <= 30; l++)
        {
          const FvChartLane *lane = &chart->lanes[l];

          if (lane->label.original != NULL)
            g_string_append_printf (str, " %s:", fv_model_text (model, &lane->label, languages));
          for (guint i = 0; i < lane->n_events; i++)
            {
              g_autofree char *mark = fv_chart_describe_mark (model, chart, lane->events[i]->id,
                                                             languages);

              g_string_append_printf (str, " %s.", mark);
            }
        }
    }

  return g_string_free (str, FALSE);
}

