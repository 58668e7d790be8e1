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

/* ---- Periods of estimated dates -------------------------------------- */

/* How far the pixel at (X, Y) is from the chart's background. */
static double
ink (cairo_surface_t *surface,
     int              x,
     int              y)
{
  FvChartStyle style;
  FvColor got;

  fv_chart_style_init (&style, FALSE);
  pixel (surface, x, y, &got);
  return fabs (got.red - style.background.red) + fabs (got.green - style.background.green) +
         fabs (got.blue - style.background.blue);
}

/* A period of sure dates and one of estimated dates, side by side. */
static FvModel *
two_periods (gboolean second_approximate)
{
  g_autofree char *text = g_strdup_printf (
    "{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\","
    " \"tabs\": {\"timeline\": {\"title\": \"a\"}},"
    " \"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": \"S\"}],"
    " \"events\": ["
    "  {\"id\": \"sure\", \"date\": \"2000-01-01\", \"precision\": \"day\","
    "   \"end_date\": \"2007-12-31\", \"end_precision\": \"day\", \"title\": \"Sure\","
    "   \"references\": [{\"source\": \"s\"}]},"
    "  {\"id\": \"about\", \"date\": \"2010-01-01\", \"precision\": \"day\","
    "   \"end_date\": \"2017-12-31\", \"end_precision\": \"day\", \"approximate\": %s,"
    "   \"title\": \"About\", \"references\": [{\"source\": \"s\"}]}],"
    " \"charts\": [{\"id\": \"c\", \"type\": \"timeline\", \"tab\": \"timeline\","
    "   \"title\": \"T\"}]}", second_approximate ? "true" : "false");

  return load_text (text);
}

/* The runs of ink along row Y: where each bar starts and ends (a gap of
 * a few pixels, between a period's dot and its fading start, is in it). */
static guint
runs (cairo_surface_t *surface,
      int              y,
      int             *starts,
      int             *ends,
      guint            max)
{
  guint n = 0;
  gboolean in = FALSE;

  for (int x = 0; x < cairo_image_surface_get_width (surface) && n < max; x++)
    {
      gboolean now = ink (surface, x, y) > 0.05;

      if (now && !in && n > 0 && x - ends[n - 1] < 15)
        n--;
      else if (now && !in)
        starts[n] = x;
      if (!now && in)
        ends[n++] = x - 1;
      in = now;
    }
  return n;
}

/* The row of a timeline's bars: the one with the most ink of the span's
 * colour, from the plot down to the axis. */
static int
bar_row (cairo_surface_t *surface)
{
  FvChartStyle style;
  int best = -1, most = 0;

  fv_chart_style_init (&style, FALSE);
  for (int y = 60; y < cairo_image_surface_get_height (surface) - 60; y++)
    {
      int n = 0;

      for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
        {
          FvColor got;

          pixel (surface, x, y, &got);
          /* The span's hue, at any strength the fade gives it. */
          n += ink (surface, x, y) > 0.05 &&
               (got.blue - got.red) * (style.span.blue - style.span.red) > 0 &&
               fabs (got.blue - got.red) > 0.02;
        }
      if (n > most)
        {
          most = n;
          best = y;
        }
    }
  return best;
}

/* A period whose dates are estimates ("approximate": true) is drawn with
 * ends that fade out, in the window and in exports alike (one drawing);
 * a period of sure dates ends sharp. The legend names the fading bar only
 * where the chart draws one. */
static void
test_uncertain_ends (void)
{
  g_autoptr(FvModel) approximate = two_periods (TRUE);
  g_autoptr(FvModel) sure = two_periods (FALSE);
  cairo_surface_t *surface = render (approximate, fv_model_lookup_chart (approximate, "c"),
                                     1000, 400);
  cairo_surface_t *plain = render (sure, fv_model_lookup_chart (sure, "c"), 1000, 400);
  int y = bar_row (surface), starts[8], ends[8];
  guint n = runs (surface, y, starts, ends, 8);
  double middle[2], last[2], after_dot[2];

  g_assert_cmpint (y, >, 0);
  g_assert_cmpuint (n, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      int mid = (starts[i] + ends[i]) / 2;

      middle[i] = ink (surface, mid, y);
      last[i] = ink (surface, ends[i] - 1, y);
      /* Past the dot at the period's start. */
      after_dot[i] = ink (surface, starts[i] + 14, y);
      g_test_message ("bar %u: %d to %d; ink %.2f in the middle, %.2f at the end, %.2f past the dot",
                      i, starts[i], ends[i], middle[i], last[i], after_dot[i]);
    }
  /* The sure one: as strong at its end as in its middle. */
  g_assert_cmpfloat (last[0], >, 0.9 * middle[0]);
  g_assert_cmpfloat (after_dot[0], >, 0.9 * middle[0]);
  /* The estimated one: its end fades out, and so does its start. */
  g_assert_cmpfloat (last[1], <, 0.3 * middle[1]);
  g_assert_cmpfloat (after_dot[1], <, 0.8 * middle[1]);
  g_assert_cmpfloat (fabs (middle[1] - middle[0]), <, 0.05);

  /* Without an estimated period, the same bars end sharp, and the legend
   * is shorter by its entry. */
  {
    int y2 = bar_row (plain), starts2[8], ends2[8];

    g_assert_cmpuint (runs (plain, y2, starts2, ends2, 8), ==, 2);
    g_assert_cmpfloat (ink (plain, ends2[1] - 1, y2), >, 0.9 * middle[1]);
  }
  {
    int legend_start[2] = { 1000, 1000 };
    cairo_surface_t *both[2] = { surface, plain };

    /* The legend: right of the source line, on the image's last rows. */
    for (guint k = 0; k < 2; k++)
      for (int yy = 400 - 40; yy < 400; yy++)
        for (int x = 300; x < 1000; x++)
          if (ink (both[k], x, yy) > 0.3)
            legend_start[k] = MIN (legend_start[k], x);
    g_test_message ("the legend starts at %d, without the entry at %d", legend_start[0],
                    legend_start[1]);
    g_assert_cmpint (legend_start[0], <, legend_start[1] - 100);
  }

  cairo_surface_destroy (surface);
  cairo_surface_destroy (plain);
}

/* ---- Source lines ------------------------------------------------------ */

/* A bar chart citing the sources CITED (ids, comma-separated JSON
 * strings) among: the story, a study with its author and year, a court's
 * record with its publisher and no date, a page with its title alone;
 * WITH_STORY FALSE: the story is not marked as the story. */
static FvModel *
cited_model (const char *cited,
             gboolean    with_story)
{
  g_autofree char *text = g_strdup_printf (
    "{\"schema_version\": 1, \"language\": \"en\", \"title\": \"t\","
    " \"tabs\": {\"timeline\": {\"title\": \"a\"}, \"statements\": {\"title\": \"c\"}},"
    " \"sources\": ["
    "  {\"id\": \"story\", \"kind\": \"article\", \"title\": \"Settlement reached\","
    "   \"publisher\": \"Daily Paper\", \"date\": \"2020-05-01\"%s},"
    "  {\"id\": \"study\", \"kind\": \"study\", \"title\": \"Big Study\","
    "   \"author\": \"A. Author\", \"date\": \"2013\", \"precision\": \"year\"},"
    "  {\"id\": \"court\", \"kind\": \"court-record\", \"title\": \"Doe v. Roe\","
    "   \"publisher\": \"District Court\"},"
    "  {\"id\": \"page\", \"kind\": \"other\", \"title\": \"A page\"}],"
    " \"figures\": ["
    "  {\"id\": \"a\", \"label\": \"A\", \"value\": 3, \"unit\": \"count\","
    "   \"references\": [%s]}],"
    " \"charts\": [{\"id\": \"c\", \"type\": \"bar\", \"tab\": \"statements\","
    "   \"title\": \"T\", \"data\": {\"figures\": [\"a\"]}}]}",
    with_story ? ", \"role\": \"story\"" : "", cited);

  return load_text (text);
}

static char *
source_line_of (const char *cited,
                gboolean    with_story)
{
  g_autoptr(FvModel) model = cited_model (cited, with_story);

  return fv_chart_get_source_line (model, fv_model_lookup_chart (model, "c"), english);
}

/* A chart's source line names every source one way (its title, then who
 * made it and when, where known: never one by title and the next as
 * "Author (year)"), and sets the story the model is made from apart from
 * the outside sources. */
static void
test_source_line (void)
{
  static const struct
  {
    const char *cited;
    gboolean with_story;
    const char *line;
  } cases[] = {
    { "{\"source\": \"story\"}", TRUE, "Source: Settlement reached (Daily Paper, 2020)" },
    { "{\"source\": \"story\"}, {\"source\": \"study\"}, {\"source\": \"court\"},"
      " {\"source\": \"page\"}", TRUE,
      "Source: Settlement reached (Daily Paper, 2020). Outside sources: Big Study (A. Author, "
      "2013); Doe v. Roe (District Court); A page" },
    /* The story after the others in the references: still first. */
    { "{\"source\": \"study\"}, {\"source\": \"story\"}", TRUE,
      "Source: Settlement reached (Daily Paper, 2020). Outside source: Big Study (A. Author, 2013)" },
    { "{\"source\": \"study\"}", TRUE, "Outside source: Big Study (A. Author, 2013)" },
    /* No source is the story: none is outside either. */
    { "{\"source\": \"story\"}, {\"source\": \"study\"}", FALSE,
      "Sources: Settlement reached (Daily Paper, 2020); Big Study (A. Author, 2013)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *line = source_line_of (cases[i].cited, cases[i].with_story);

      g_assert_cmpstr (line, ==, cases[i].line);
    }
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
  g_test_add_func ("/chart-honesty/uncertain-ends", test_uncertain_ends);
  g_test_add_func ("/chart-honesty/source-line", test_source_line);

  return g_test_run ();
}
