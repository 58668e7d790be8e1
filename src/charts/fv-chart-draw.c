/* fv-chart-draw.c — what every chart type draws with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The style, texts laid out with one Pango context, colours, the marks a
 * view hit-tests, and the source line. Chart types call these; these call
 * no chart type.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "fv-chart-data.h"
#include "fv-chart-private.h"
#include "fv-format.h"
#include "fv-i18n.h"

/**
 * fv_chart_style_init_full:
 * @dark: for a dark background
 * @high_contrast: for the high-contrast themes: black and white, no grey,
 *   thicker rules
 *
 * Every text a chart writes has a contrast of at least 4.5:1 with what it
 * is written on, in each of the four (WCAG 2's AA for text; the tests
 * compute it): the selected label's orange is Adwaita's darker one on
 * light, and text on a bar is the background's colour where white on the
 * bar's blue would not be.
 */
void
fv_chart_style_init_full (FvChartStyle *style,
                          gboolean      dark,
                          gboolean      high_contrast)
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
    .selection = { 0.776, 0.275, 0.0, 1.0 },  /* #c64600 */
    .on_accent = { 1.0, 1.0, 1.0, 1.0 },
    .line_scale = 1.0,
    .font_family = "Cantarell, DejaVu Sans, sans-serif",
  };
  static const FvChartStyle dark_style = {
    .background = { 0.14, 0.14, 0.14, 1.0 },
    .text = { 1.0, 1.0, 1.0, 1.0 },
    .muted = { 0.72, 0.72, 0.75, 1.0 },
    .grid = { 1.0, 1.0, 1.0, 0.15 },
    .accent = { 0.38, 0.63, 0.92, 1.0 },      /* #62a0ea */
    .span = { 0.863, 0.541, 0.867, 1.0 },     /* #dc8add: a bar's value reads on it */
    .selection = { 1.0, 0.64, 0.28, 1.0 },    /* #ffa348 */
    .on_accent = { 0.14, 0.14, 0.14, 1.0 },
    .line_scale = 1.0,
    .font_family = "Cantarell, DejaVu Sans, sans-serif",
  };
  /* GTK's HighContrast and HighContrastInverse: solid black and white, the
   * colours of marks dark (or light) enough to read as lines. */
  static const FvChartStyle light_high = {
    .background = { 1.0, 1.0, 1.0, 1.0 },
    .text = { 0.0, 0.0, 0.0, 1.0 },
    .muted = { 0.0, 0.0, 0.0, 1.0 },
    .grid = { 0.0, 0.0, 0.0, 0.6 },
    .accent = { 0.0, 0.216, 0.659, 1.0 },     /* #0037a8 */
    .span = { 0.38, 0.0, 0.55, 1.0 },         /* #61008c */
    .selection = { 0.612, 0.208, 0.0, 1.0 },  /* #9c3500 */
    .on_accent = { 1.0, 1.0, 1.0, 1.0 },
    .line_scale = 2.0,
    .font_family = "Cantarell, DejaVu Sans, sans-serif",
  };
  static const FvChartStyle dark_high = {
    .background = { 0.0, 0.0, 0.0, 1.0 },
    .text = { 1.0, 1.0, 1.0, 1.0 },
    .muted = { 1.0, 1.0, 1.0, 1.0 },
    .grid = { 1.0, 1.0, 1.0, 0.6 },
    .accent = { 0.47, 0.71, 1.0, 1.0 },       /* #78b5ff */
    .span = { 0.88, 0.63, 1.0, 1.0 },         /* #e0a0ff */
    .selection = { 1.0, 0.69, 0.38, 1.0 },    /* #ffb060 */
    .on_accent = { 0.0, 0.0, 0.0, 1.0 },
    .line_scale = 2.0,
    .font_family = "Cantarell, DejaVu Sans, sans-serif",
  };

  g_return_if_fail (style != NULL);

  if (high_contrast)
    *style = dark ? dark_high : light_high;
  else
    *style = dark ? dark_style : light;
}

void
fv_chart_style_init (FvChartStyle *style,
                     gboolean      dark)
{
  fv_chart_style_init_full (style, dark, FALSE);
}

void
fv_chart_set_color (cairo_t       *cr,
                    const FvColor *color,
                    double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* A layout of TEXT taken as plain text, never as markup: model text may
 * hold "<b>" or "&" and must show them as they are. Given a MAX_WIDTH, it
 * wraps onto more lines, between words where it can: a chart never cuts a
 * text short ("…"), since what it draws is what a newsroom publishes. */
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
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
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
  FvChartMark mark = { id, { x, y, width, height }, 0, 0, FALSE };

  g_array_append_val (ctx->marks, mark);
}

/**
 * fv_chart_fill_uncertain:
 *
 * Fills the current path, a period's bar from START to END, in the
 * period's colour fading to nothing at the ends its dates only estimate
 * (FADES_IN, FADES_OUT: the ends in the time shown): an "about 1996 –
 * about 2012" is not drawn as sure as a law's first and last day. A
 * timeline's bars and the legend's symbol for them are drawn with it.
 */
void
fv_chart_fill_uncertain (FvChartContext *ctx,
                            double          start,
                            double          end,
                            gboolean        fades_in,
                            gboolean        fades_out,
                            double          alpha)
{
  const FvColor *color = &ctx->style->span;
  /* A quarter of the bar at each end, and no more than 40 px. */
  double fade = MIN ((end - start) / 4, 40) / MAX (end - start, 1.0);
  cairo_pattern_t *pattern = cairo_pattern_create_linear (start, 0, MAX (end, start + 1), 0);

  cairo_pattern_add_color_stop_rgba (pattern, 0, color->red, color->green, color->blue,
                                     fades_in ? 0 : alpha);
  cairo_pattern_add_color_stop_rgba (pattern, fade, color->red, color->green, color->blue, alpha);
  cairo_pattern_add_color_stop_rgba (pattern, 1 - fade, color->red, color->green, color->blue,
                                     alpha);
  cairo_pattern_add_color_stop_rgba (pattern, 1, color->red, color->green, color->blue,
                                     fades_out ? 0 : alpha);
  cairo_set_source (ctx->cr, pattern);
  cairo_fill (ctx->cr);
  cairo_pattern_destroy (pattern);
}

/* A mark that stands for days FROM_DAY to TO_DAY: a span, or (CLUSTER)
 * one of the events counted in a cluster mark. */
void
fv_chart_add_mark_days (FvChartContext *ctx,
                        const char     *id,
                        double          x,
                        double          y,
                        double          width,
                        double          height,
                        double          from_day,
                        double          to_day,
                        gboolean        cluster)
{
  FvChartMark mark = { id, { x, y, width, height }, from_day, to_day, cluster };

  g_array_append_val (ctx->marks, mark);
}

/* During a search, the marks that do not match are drawn faint. */
/* TEXT in the languages of the drawing. */
const char *
fv_chart_model_text (FvChartContext *ctx,
                     const FvText   *text)
{
  return fv_model_text (ctx->model, text, ctx->languages);
}

gboolean
fv_chart_is_dimmed (FvChartContext *ctx,
                    const char     *id)
{
  return ctx->state != NULL && ctx->state->matches != NULL &&
         !g_hash_table_contains (ctx->state->matches, id);
}

/* A source as a chart's source line names it, every source the same way:
 * its title, then who made it and when, where the model says ("Insecure
 * Communities (Nik Theodore, 2013)"). A line that named one source by its
 * title and the next as "Author (year)" read as two kinds of thing. */
static char *
source_name (FvModel            *model,
             const FvSource     *source,
             const char * const *languages)
{
  const char *title = fv_model_text (model, &source->title, languages);
  const char *who = source->author != NULL ? source->author
                                           : fv_model_text (model, &source->publisher, languages);
  gboolean dated = source->date.precision != FV_DATE_PRECISION_NONE;

  if (who != NULL && dated)
    /* translators: a source in a chart's source line: its title, who made
     * it and the year: "Insecure Communities (Nik Theodore, 2013)" */
    return g_strdup_printf (FV_TR_C_("source line", "%s (%s, %d)"), title, who, source->date.year);
  if (who != NULL)
    /* translators: a source in a chart's source line: its title and who
     * made it: "Insecure Communities (Nik Theodore)" */
    return g_strdup_printf (FV_TR_C_("source line", "%s (%s)"), title, who);
  if (dated)
    /* translators: a source in a chart's source line: its title and its
     * year: "Official results (2016)" */
    return g_strdup_printf (FV_TR_C_("source line", "%s (%d)"), title, source->date.year);
  return g_strdup (title);
}

static gboolean
model_has_story (FvModel *model)
{
  for (guint i = 0; i < fv_model_get_n_sources (model); i++)
    if (fv_model_get_source (model, i)->story)
      return TRUE;
  return FALSE;
}

static void
add_source (GPtrArray          *names,
            FvModel            *model,
            const FvSource     *source,
            const char * const *languages)
{
  g_autofree char *name = source_name (model, source, languages);

  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), name))
      return;

  g_ptr_array_add (names, g_steal_pointer (&name));
}

/**
 * fv_chart_get_language:
 * @languages: (nullable): the reader's languages
 *
 * Returns: the one language the chart's title and subtitle are drawn in:
 *   the first of @languages that both have, else the model's own
 *   (fv_model_get_element_language())
 */
const char *
fv_chart_get_language (FvModel            *model,
                       const FvChart      *chart,
                       const char * const *languages)
{
  const FvText *texts[] = { &chart->title, &chart->subtitle };

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (chart != NULL, NULL);

  return fv_model_get_element_language (model, texts, G_N_ELEMENTS (texts), languages);
}

/**
 * fv_chart_get_source_line:
 *
 * Returns: the line under the chart: "Source: …", from the model's
 *   source_line or else from the references of what the chart shows
 */
char *
fv_chart_get_source_line (FvModel            *model,
                          const FvChart      *chart,
                          const char * const *languages)
{
  g_autoptr(GPtrArray) story = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) outside = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *story_names = NULL;
  g_autofree char *outside_names = NULL;
  const FvChartData *data;

  g_return_val_if_fail (FV_IS_MODEL (model), NULL);
  g_return_val_if_fail (chart != NULL, NULL);
  FV_I18N_SCOPE (languages != NULL ? languages[0] : NULL);

  if (chart->source_line.original != NULL)
    /* translators: the line under a chart, naming where its data comes from */
    return g_strdup_printf (fv_ngettext ("Source: %s", "Sources: %s", 1),
                            fv_model_text (model, &chart->source_line, languages));

  /* The sources the chart's data cites, first cited first, at most eight:
   * the story the model is made from first, set apart from the outside
   * sources that add to it. */
  data = fv_chart_data_get (model, chart);
  for (guint i = 0; i < data->n_sources && story->len + outside->len < 8; i++)
    add_source (data->sources[i]->story ? story : outside, model, data->sources[i], languages);

  g_ptr_array_add (story, NULL);
  g_ptr_array_add (outside, NULL);
  /* translators: separates the sources in a chart's source line */
  story_names = g_strjoinv (FV_TR_("; "), (char **) story->pdata);
  outside_names = g_strjoinv (FV_TR_("; "), (char **) outside->pdata);

  if (story->len > 1 && outside->len > 1)
    /* translators: a chart's source line: the story the model is made
     * from, then the outside sources it cites besides */
    return g_strdup_printf (fv_ngettext ("Source: %s. Outside source: %s",
                                         "Source: %s. Outside sources: %s", outside->len - 1),
                            story_names, outside_names);
  if (story->len > 1)
    return g_strdup_printf (fv_ngettext ("Source: %s", "Sources: %s", story->len - 1),
                            story_names);
  /* A model that names no source as its story has no outside either. */
  if (!model_has_story (model))
    return g_strdup_printf (fv_ngettext ("Source: %s", "Sources: %s", outside->len - 1),
                            outside_names);
  /* translators: a chart's source line, where the chart cites only
   * outside sources, none from the story itself */
  return g_strdup_printf (fv_ngettext ("Outside source: %s", "Outside sources: %s",
                                       outside->len - 1), outside_names);
}
