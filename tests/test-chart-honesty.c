/* test-chart-honesty.c — what a chart says of its data: the axis's end, uncertain ends, sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Charts drawn on image surfaces from models written here, read back by
 * their pixels; no display needed.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "fv-chart.h"
#include "fv-test-locale.h"

static const char *english[] = { "en", NULL };

static FvModel *
load_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  FvModel *model = fv_model_new_from_bytes (bytes, "test", NULL, &error);

  g_assert_no_error (error);
  return model;
}

static cairo_surface_t *
render (FvModel       *model,
        const FvChart *chart,
        int            width,
        int            height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  FvChartState state = { .languages = english };
  FvChartStyle style;

  fv_chart_style_init (&style, FALSE);
  fv_chart_draw (cr, model, chart, width, height, &style, &state);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
pixel (cairo_surface_t *surface,
       int              x,
       int              y,
       FvColor         *color)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 argb = *(const guint32 *) (data + y * stride + x * 4);

  color->alpha = ((argb >> 24) & 0xff) / 255.0;
  color->red = ((argb >> 16) & 0xff) / 255.0;
  color->green = ((argb >> 8) & 0xff) / 255.0;
  color->blue = (argb & 0xff) / 255.0;
}

static gboolean
is_color (cairo_surface_t *surface,
          int              x,
          int              y,
          const FvColor   *want)
{
  FvColor got;

  pixel (surface, x, y, &got);
  return fabs (got.red - want->red) < 0.02 && fabs (got.green - want->green) < 0.02 &&
         fabs (got.blue - want->blue) < 0.02;
}

static gboolean
is_bar (cairo_surface_t    *surface,
        int                 x,
        int                 y,
        const FvChartStyle *style)
{
  return is_color (surface, x, y, &style->accent) || is_color (surface, x, y, &style->span);
}

/* The bars' lengths in SURFACE, top to bottom: runs of a bar's colour
 * from the plot's left edge. */
static guint
bar_lengths (cairo_surface_t *surface,
             int             *lengths,
             guint            max)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  FvChartStyle style;
  guint n_bars = 0;
  int x0 = 17;

  fv_chart_style_init (&style, FALSE);
  for (int y = 0; y < height && n_bars < max; y++)
    {
      if (!is_bar (surface, x0, y, &style))
        continue;
      lengths[n_bars] = 0;
      for (int x = x0; x < width && is_bar (surface, x, y + 2, &style); x++)
        lengths[n_bars]++;
      n_bars++;
      while (y < height && is_bar (surface, x0, y, &style))
        y++;
    }
  return n_bars;
}

/* ---- A bar chart's axis ------------------------------------------------ */

/* Two figures of UNIT, LARGER and SMALLER, on a bar chart whose axis ends
 * where the data says, or at AXIS_MAX where that is > 0. */
static FvModel *
two_figures (const char *unit,
             double      larger,
             double      smaller,
             double      axis_max)
{
  g_autofree char *axis = axis_max > 0 ? g_strdup_printf (", \"axis_max\": %.17g", axis_max)
                                       : g_strdup ("");
  g_autofree char *text = g_strdup_printf (
    "{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\","
    " \"tabs\": {\"timeline\": {\"title\": \"a\"}, \"statements\": {\"title\": \"c\"}},"
    " \"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": \"S\"}],"
    " \"figures\": ["
    "  {\"id\": \"a\", \"label\": \"Larger\", \"value\": %.17g, \"unit\": \"%s\","
    "   \"references\": [{\"source\": \"s\"}]},"
    "  {\"id\": \"b\", \"label\": \"Smaller\", \"value\": %.17g, \"unit\": \"%s\","
    "   \"references\": [{\"source\": \"s\"}]}],"
    " \"charts\": [{\"id\": \"c\", \"type\": \"bar\", \"tab\": \"statements\", \"title\": \"T\","
    "   \"data\": {\"figures\": [\"a\", \"b\"]%s}}]}",
    larger, unit, smaller, unit, axis);

  return load_text (text);
}

/* The bars' lengths of the chart of two_figures(). */
static void
measure_bars (const char *unit,
              double      larger,
              double      smaller,
              double      axis_max,
              int         lengths[2])
{
  g_autoptr(FvModel) model = two_figures (unit, larger, smaller, axis_max);
  cairo_surface_t *surface = render (model, fv_model_lookup_chart (model, "c"), 800, 400);

  g_assert_cmpuint (bar_lengths (surface, lengths, 2), ==, 2);
  cairo_surface_destroy (surface);
}

/* A bar chart's axis ends at a round number just past the largest figure,
 * in steps of 1, 2, 2.5 or 5 times a power of ten: $600 million on an axis
 * to $600 million (not to $1 billion, 40 % of the width empty). Each bar
 * is as long as on the same chart with its axis fixed at that end by the
 * model, and the largest bar takes most of the width. */
static void
test_bar_axis_end (void)
{
  static const struct
  {
    const char *unit;
    double larger, smaller, end;
  } cases[] = {
    { "USD", 600e6, 250e6, 600e6 },
    { "USD", 626e6, 80e6, 750e6 },
    { "percent", 4.9, 2.4, 5 },
    { "percent", 70, 44, 75 },
    { "count", 1234, 17, 1250 },
    { "count", 81, 3, 100 },
    { "count", 1, 1, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int lengths[2], fixed[2], whole[2];

      measure_bars (cases[i].unit, cases[i].larger, cases[i].smaller, 0, lengths);
      measure_bars (cases[i].unit, cases[i].larger, cases[i].smaller, cases[i].end, fixed);
      g_test_message ("%s %g: %d px, %d px at the end %g", cases[i].unit, cases[i].larger,
                      lengths[0], fixed[0], cases[i].end);
      g_assert_cmpint (lengths[0], ==, fixed[0]);
      g_assert_cmpint (lengths[1], ==, fixed[1]);
      /* At least 80 % of the axis: no end far past the data. */
      measure_bars (cases[i].unit, cases[i].larger, cases[i].smaller, cases[i].larger, whole);
      g_assert_cmpint (lengths[0], >=, whole[0] * 0.8);
    }
}

/* ---- A timeline's titles ------------------------------------------------ */

/* The rows of SURFACE from FROM down that hold a pixel of the text's
 * colour: the first and the last. */
static void
text_rows (cairo_surface_t *surface,
           int              from,
           int              to,
           int             *first,
           int             *last)
{
  FvChartStyle style;

  fv_chart_style_init (&style, FALSE);
  *first = *last = -1;
  for (int y = from; y < to; y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if (is_color (surface, x, y, &style.text))
        {
          if (*first < 0)
            *first = y;
          *last = y;
          break;
        }
}

/* The row of the dots: the lowest of those with the most pixels of the
 * accent colour (the legend has one dot of it, the lane several). */
static int
dot_row (cairo_surface_t *surface,
         int              to)
{
  FvChartStyle style;
  int best = -1, most = 0;

  fv_chart_style_init (&style, FALSE);
  for (int y = 0; y < to; y++)
    {
      int n = 0;

      for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
        n += is_color (surface, x, y, &style.accent);
      if (n >= most && n > 0)
        {
          most = n;
          best = y;
        }
    }
  return best;
}

/* A timeline's titles spread over the height its plot has, in an export
 * as in the window: the window's chart (1190 × 330) and an export (1200 ×
 * 675, the command line's size) put the top title as far up their plots,
 * within a tenth; the export's top half is not empty. */
static void
test_titles_spread (void)
{
  g_autoptr(FvModel) model = fv_model_new_builtin ();
  const FvChart *chart = fv_model_lookup_chart (model, "policy-timeline");
  const int sizes[][2] = { { 1190, 330 }, { 1200, 675 }, { 900, 900 } };
  double share[G_N_ELEMENTS (sizes)];

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *surface = render (model, chart, sizes[i][0], sizes[i][1]);
      /* Under the title and the subtitle; above the axis's labels. */
      int plot_top = 60, dots = dot_row (surface, sizes[i][1]), first, last;

      g_assert_cmpint (dots, >, plot_top);
      text_rows (surface, plot_top, dots - 8, &first, &last);
      g_assert_cmpint (first, >, 0);
      share[i] = (double) (first - plot_top) / (dots - plot_top);
      g_test_message ("%d × %d: titles from %d to %d, the dots at %d: top title at %.2f of the plot",
                      sizes[i][0], sizes[i][1], first, last, dots, share[i]);
      g_assert_cmpfloat (share[i], <, 0.25);
      cairo_surface_destroy (surface);
    }
  for (guint i = 1; i < G_N_ELEMENTS (sizes); i++)
    g_assert_cmpfloat (fabs (share[i] - share[0]), <, 0.1);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);
  fv_test_bind_translations ();

  g_test_add_func ("/chart-honesty/bar-axis-end", test_bar_axis_end);
  g_test_add_func ("/chart-honesty/timeline-titles-spread", test_titles_spread);

  return g_test_run ();
}
