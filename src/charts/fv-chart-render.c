/* fv-chart-render.c — the frame every chart shares, and hit-testing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart reads like a newsroom chart: a title, a one-line subtitle, the
 * plot, and a source line at the bottom. The plot is the chart type's.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "fv-chart-private.h"
#include "fv-format.h"

#define PADDING        16.0
#define TITLE_SIZE     17.0
#define SUBTITLE_SIZE  13.0
#define SOURCE_SIZE    11.0

void
fv_chart_style_init (FvChartStyle *style,
                     gboolean      dark)
{
  /* The GNOME palette (Adwaita's named colours): blue for marks, purple
   * for periods, so both read in light and dark. */
  static const FvChartStyle light = {
    .background = { 1.0, 1.0, 1.0, 1.0 },
    .text = { 0.14, 0.14, 0.16, 1.0 },
    .muted = { 0.40, 0.40, 0.44, 1.0 },
    .grid = { 0.0, 0.0, 0.0, 0.12 },
    .accent = { 0.11, 0.44, 0.85, 1.0 },      /* #1c71d8 */
    .span = { 0.57, 0.25, 0.67, 1.0 },        /* #9141ac */
    .selection = { 0.90, 0.38, 0.0, 1.0 },    /* #e66100 */
    .font_family = "Cantarell, DejaVu Sans, sans-serif",
  };
  static const FvChartStyle dark_style = {
    .background = { 0.14, 0.14, 0.14, 1.0 },
    .text = { 1.0, 1.0, 1.0, 1.0 },
    .muted = { 0.72, 0.72, 0.75, 1.0 },
    .grid = { 1.0, 1.0, 1.0, 0.15 },
    .accent = { 0.38, 0.63, 0.92, 1.0 },      /* #62a0ea */
    .span = { 0.75, 0.38, 0.80, 1.0 },        /* #c061cb */
    .selection = { 1.0, 0.64, 0.28, 1.0 },    /* #ffa348 */
    .font_family = "Cantarell, DejaVu Sans, sans-serif",
  };

  g_return_if_fail (style != NULL);

  *style = dark ? dark_style : light;
}

void
fv_chart_set_color (cairo_t       *cr,
                    const FvColor *color,
                    double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* A layout of TEXT taken as plain text, never as markup: model text may
 * hold "<b>" or "&" and must show them as they are. */
PangoLayout *
fv_chart_text (FvChartContext *ctx,
               const char     *text,
               double          size,
               gboolean        bold,
               double          max_width)
{
  PangoLayout *layout = pango_layout_new (ctx->pango);
  g_autofree char *clipped = NULL;

  pango_font_description_set_absolute_size (ctx->font, size * PANGO_SCALE);
  pango_font_description_set_weight (ctx->font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, ctx->font);

  /* No chart shows more than a few hundred characters of one text. */
  clipped = fv_text_clip (text != NULL ? text : "", 2000);
  pango_layout_set_text (layout, clipped, -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }

  return layout;
}

void
fv_chart_show_text (FvChartContext *ctx,
                    PangoLayout    *layout,
                    double          x,
                    double          y,
                    const FvColor  *color,
                    double          alpha)
{
  /* The glyphs of one layout do not overlap: their colour takes the alpha,
   * without a group the size of the chart for each text. */
  fv_chart_set_color (ctx->cr, color, alpha);
  cairo_move_to (ctx->cr, x, y);
  pango_cairo_show_layout (ctx->cr, layout);
}

void
fv_chart_add_mark (FvChartContext *ctx,
                   const char     *id,
                   double          x,
                   double          y,
                   double          width,
                   double          height)
{
  FvChartMark mark = { id, { x, y, width, height } };

  g_array_append_val (ctx->marks, mark);
}

/* During a search, the marks that do not match are drawn faint. */
gboolean
fv_chart_is_dimmed (FvChartContext *ctx,
                    const char     *id)
{
  return ctx->state != NULL && ctx->state->matches != NULL &&
         !g_hash_table_contains (ctx->state->matches, id);
}

static void
add_source (GPtrArray      *names,
            FvModel        *model,
            const FvSource *source)
{
  g_autofree char *name = NULL;

  if (source->author != NULL && source->date.precision != FV_DATE_PRECISION_NONE)
    /* translators: a source in a chart's source line: "Nik Theodore (2013)" */
    name = g_strdup_printf (_("%s (%d)"), source->author, source->date.year);
  else if (source->author != NULL)
    name = g_strdup (source->author);
  else
    name = g_strdup (fv_model_text (model, &source->title));

  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), name))
      return;

  g_ptr_array_add (names, g_steal_pointer (&name));
}

/**
 * fv_chart_get_source_line:
 *
 * Returns: the line under the chart: "Source: …", from the model's
 *   source_line or else from the references of what the chart shows
 */
char *
fv_chart_get_source_line (FvModel       *model,
                          const FvChart *chart)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (chart != NULL, NULL);

  if (chart->source_line.original != NULL)
    /* translators: the line under a chart, naming where its data comes from */
    return g_strdup_printf (ngettext ("Source: %s", "Sources: %s", 1),
                            fv_model_text (model, &chart->source_line));

  /* The sources the chart's data cites, first cited first: at most eight. */
  for (guint i = 0; i < chart->n_sources && names->len < 8; i++)
    add_source (names, model, chart->sources[i]);

  g_ptr_array_add (names, NULL);
  /* translators: separates the sources in a chart's source line */
  joined = g_strjoinv (_("; "), (char **) names->pdata);

  return g_strdup_printf (ngettext ("Source: %s", "Sources: %s", names->len - 1), joined);
}

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
  int w, h;

  cairo_save (cr);

  fv_chart_set_color (cr, &ctx->style->background, 1.0);
  cairo_paint (cr);

  title = fv_chart_text (ctx, fv_model_text (ctx->model, &ctx->chart->title), TITLE_SIZE, TRUE,
                         inner);
  fv_chart_show_text (ctx, title, PADDING, y, &ctx->style->text, 1.0);
  pango_layout_get_pixel_size (title, &w, &h);
  y += h + 2;

  if (ctx->chart->subtitle.original != NULL)
    {
      subtitle = fv_chart_text (ctx, fv_model_text (ctx->model, &ctx->chart->subtitle),
                                SUBTITLE_SIZE, FALSE, inner);
      fv_chart_show_text (ctx, subtitle, PADDING, y, &ctx->style->muted, 1.0);
      pango_layout_get_pixel_size (subtitle, &w, &h);
      y += h;
    }
  y += 12;

  source_line = fv_chart_get_source_line (ctx->model, ctx->chart);
  source = fv_chart_text (ctx, source_line, SOURCE_SIZE, FALSE, inner);
  pango_layout_get_pixel_size (source, &w, &h);
  fv_chart_show_text (ctx, source, PADDING, ctx->height - PADDING - h, &ctx->style->muted, 1.0);

  ctx->plot.x = PADDING;
  ctx->plot.y = y;
  ctx->plot.width = inner;
  ctx->plot.height = MAX (0.0, ctx->height - PADDING - h - 10 - y);

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

  cairo_restore (cr);
}

/**
 * fv_chart_draw:
 * @width: @height: the size in user units (logical pixels); scale @cr for
 *   a sharper image
 * @state: (nullable): the selection and search matches
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
  g_autoptr(GArray) marks = fv_chart_draw_marks (cr, model, chart, width, height, style, state);
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

/* Lays the chart out on a scratch surface to learn where its marks are. */
static GArray *
layout_marks (FvModel            *model,
              const FvChart      *chart,
              double              width,
              double              height,
              const FvChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  GArray *marks = fv_chart_draw_marks (cr, model, chart, width, height, style, NULL);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return marks;
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
  g_return_val_if_fail (marks != NULL, NULL);

  /* The last drawn is on top. */
  for (guint i = marks->len; i > 0; i--)
    {
      const FvChartMark *mark = &g_array_index (marks, FvChartMark, i - 1);

      if (rect_contains (&mark->rect, x, y))
        return mark->id;
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
 * fv_chart_hit_test:
 *
 * Lays the chart out at this size to hit-test it; a view that keeps the
 * marks of its last drawing uses fv_chart_marks_hit_test() instead.
 *
 * Returns: (nullable): the id of the event or figure drawn at (@x, @y)
 */
const char *
fv_chart_hit_test (FvModel            *model,
                   const FvChart      *chart,
                   double              width,
                   double              height,
                   const FvChartStyle *style,
                   double              x,
                   double              y)
{
  g_autoptr(GArray) marks = NULL;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (chart != NULL, NULL);

  marks = layout_marks (model, chart, width, height, style);
  return fv_chart_marks_hit_test (marks, x, y);
}

gboolean
fv_chart_get_mark_rect (FvModel            *model,
                        const FvChart      *chart,
                        double              width,
                        double              height,
                        const FvChartStyle *style,
                        const char         *id,
                        FvChartRect        *rect)
{
  g_autoptr(GArray) marks = NULL;

  g_return_val_if_fail (FV_IS_MODEL (model), FALSE);
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  marks = layout_marks (model, chart, width, height, style);
  return fv_chart_marks_get_rect (marks, id, rect);
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

/**
 * fv_chart_describe_mark:
 *
 * Returns: (nullable): a sentence on one mark, for its tooltip:
 *   "January 25, 2017: Executive order asks …" or "All Latinos: 44% — …"
 */
char *
fv_chart_describe_mark (FvModel       *model,
                        const FvChart *chart,
                        const char    *id)
{
  const FvEvent *event;
  const FvFigure *figure;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if ((event = fv_model_lookup_event (model, id)) != NULL)
    {
      g_autofree char *when = fv_format_event_date (event);

      /* translators: an event in a chart: its date, then its title */
      return g_strdup_printf (_("%s: %s"), when, fv_model_text (model, &event->title));
    }

  if ((figure = fv_model_lookup_figure (model, id)) != NULL)
    {
      g_autofree char *value = fv_format_figure_value (figure);
      const char *measure = fv_model_text (model, &figure->measure);

      if (measure != NULL)
        /* translators: a bar of a chart: its label, value and what it measures */
        return g_strdup_printf (_("%s: %s — %s"), fv_model_text (model, &figure->label), value,
                                measure);
      return g_strdup_printf (_("%s: %s"), fv_model_text (model, &figure->label), value);
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
fv_chart_describe (FvModel       *model,
                   const FvChart *chart)
{
  GString *str;
  guint n_events = 0;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (chart != NULL, NULL);

  if (chart->description.original != NULL)
    return g_strdup (fv_model_text (model, &chart->description));

  str = g_string_new (NULL);

  if (chart->type == FV_CHART_BAR)
    {
      /* translators: the start of a bar chart's description for screen readers */
      g_string_append_printf (str, ngettext ("Bar chart of %u figure.", "Bar chart of %u figures.",
                                             chart->n_figures), chart->n_figures);
      for (guint i = 0; i < chart->n_figures; i++)
        {
          g_autofree char *mark = fv_chart_describe_mark (model, chart, chart->figures[i]->id);
          const char *population = fv_model_text (model, &chart->figures[i]->population);

          g_string_append_c (str, ' ');
          g_string_append (str, mark);
          if (population != NULL)
            /* translators: who a figure counts, after its description */
            g_string_append_printf (str, _(" (%s)"), population);
          g_string_append_c (str, '.');
        }
    }
  else
    {
      for (guint l = 0; l < chart->n_lanes; l++)
        n_events += chart->lanes[l].n_events;

      /* translators: the start of a timeline's description for screen readers */
      g_string_append_printf (str, ngettext ("Timeline of %u event.", "Timeline of %u events.",
                                             n_events), n_events);

      /* A long timeline is summed up; a short one is read out in full. */
      for (guint l = 0; l < chart->n_lanes && n_events <= 30; l++)
        {
          const FvChartLane *lane = &chart->lanes[l];

          if (lane->label.original != NULL)
            g_string_append_printf (str, " %s:", fv_model_text (model, &lane->label));
          for (guint i = 0; i < lane->n_events; i++)
            {
              g_autofree char *mark = fv_chart_describe_mark (model, chart, lane->events[i]->id);

              g_string_append_printf (str, " %s.", mark);
            }
        }
    }

  return g_string_free (str, FALSE);
}
